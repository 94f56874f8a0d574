"""The feed: many articles on many stories in one run -- story clustering, the work cache,
the engines (in process, worker processes, Dask) and extract on a feed."""
