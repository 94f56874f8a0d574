"""The claim base (``claims/``): what ``factcheck extract`` writes and editors review --
the store, its transactions and lock, the review history, the editor's views, the
regression check and the ClaimReview export."""
