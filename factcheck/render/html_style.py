"""The HTML report's stylesheet (html.py): the screen style, a print style, and the CSS-only filter by
review state (radio buttons; no script) that hides findings and switches the section counts."""
from __future__ import annotations

from ..claimbase.reviews import FILTER_STATES

# Every filter choice: all findings, or those in one review state.
ALL = "all"
CHOICES = (ALL, *FILTER_STATES)

SCREEN = """
:root{--ink:#1d2330;--mute:#5b6474;--line:#d9dee7;--bg:#f6f7f9;--card:#fff;--mark:#ffe58a;
--red:#b42318;--green:#067647;--amber:#b54708;--blue:#175cd3;--grey:#667085}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 "Noto Sans","Noto Naskh Arabic","DejaVu Sans",system-ui,sans-serif;color:var(--ink);background:var(--bg)}
header.top{background:#101828;color:#fff;padding:18px 28px}
header.top h1{margin:0 0 4px;font-size:22px}
header.top p{margin:0;color:#d0d5dd}
header.top time{color:#fff}
main{max-width:1180px;margin:0 auto;padding:16px 28px 40px}
nav.filters{margin:14px 0;display:flex;flex-wrap:wrap;gap:6px;align-items:center}
nav.filters input{position:absolute;opacity:0}
nav.filters label{border:1px solid var(--line);background:var(--card);border-radius:14px;padding:2px 11px;cursor:pointer;font-size:13px}
nav.filters input:checked+label{background:#101828;color:#fff;border-color:#101828}
nav.stories ol{margin:0;padding-inline-start:32px;columns:2 420px;column-gap:56px;font-size:14px}
nav.stories li{break-inside:avoid}
table.articles{border-collapse:collapse;width:100%;background:var(--card);font-size:13px}
table.articles th,table.articles td{border:1px solid var(--line);padding:4px 8px;text-align:start}
h2{margin:26px 0 10px;font-size:19px}
details>summary{cursor:pointer;list-style:none}
details>summary::-webkit-details-marker{display:none}
details>summary h2{display:inline-block}
details>summary h2::before{content:"▸ ";color:var(--mute)}
details[open]>summary h2::before{content:"▾ "}
details.story{border-top:2px solid var(--line);margin-top:18px}
details.story>summary .counts{font-size:13px;color:var(--mute);margin-inline-start:8px}
details.kind{margin-inline-start:6px}
details.kind>summary h2{font-size:17px}
.finding{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:0 0 14px}
.finding.contradiction{border-inline-start:5px solid var(--red)}
.finding.agreement{border-inline-start:5px solid var(--green)}
.finding.update{border-inline-start:5px solid var(--blue)}
.finding.unsupported{border-inline-start:5px solid var(--grey)}
.finding>.head{display:flex;flex-wrap:wrap;gap:8px;align-items:center;font-size:13px;color:var(--mute)}
.reason{font-weight:600;margin:6px 0 2px;font-size:15px}
.meta{color:var(--mute);font-size:13px;margin:0 0 8px}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px}
.side{border:1px solid var(--line);border-radius:6px;padding:8px 10px;background:#fbfcfd}
.side h3{margin:0 0 6px;font-size:14px}
.claim{border-top:1px dashed var(--line);padding:6px 0}
.claim:first-of-type{border-top:0}
.src{font-size:12px;color:var(--mute);display:flex;flex-wrap:wrap;gap:6px;align-items:center}
a.id{color:inherit;text-decoration:none;font:12px monospace}
a.id:hover{text-decoration:underline}
:target{outline:3px solid var(--blue);outline-offset:2px;scroll-margin-top:10px}
blockquote{margin:4px 0;padding:6px 10px;background:#f2f4f7;border-radius:4px;font-size:15px;line-height:1.8}
mark{background:var(--mark);padding:1px 2px;border-radius:2px}
details.norm{font-size:12px;color:var(--mute)}
details.norm dl{display:grid;grid-template-columns:max-content 1fr;gap:1px 10px;margin:4px 0}
details.norm dt{font-weight:600}
details.norm dd{margin:0}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;border:1px solid currentColor}
.st-unreviewed{color:var(--grey)}.st-confirmed{color:var(--green)}.st-false{color:var(--red)}
.st-disputed{color:var(--amber)}.st-needs-source{color:var(--blue)}.st-resolved{color:var(--green);background:#ecfdf3}
ol.history{margin:4px 0 0;padding-inline-start:20px;font-size:12px;color:var(--mute)}
ul.brief{background:var(--card);border:1px solid var(--line);border-radius:8px;margin:0 0 14px;padding:8px 16px 8px 34px;font-size:14px}
ul.brief>li{padding:2px 0}
ul.brief>li.finding{background:none;border:0;border-radius:0;padding:2px 0;margin:0}
ul.brief a{color:var(--blue)}
ul.brief q{color:var(--ink)}
ul.brief .r{color:var(--mute);font-size:13px}
.n>b{display:none;font-weight:inherit}
p.note{color:var(--mute);font-size:13px;margin:4px 0}
code{font-size:12px}
"""

# Paper: no filter buttons or story list, black on white, every section unfolded, a finding kept on
# one page where it fits, and every link's address printed after it.
PRINT = """
@media print{
@page{margin:14mm}
body{background:#fff;font-size:11pt}
header.top{background:none;color:#000;padding:0 0 6pt;border-bottom:1pt solid #000}
header.top p,header.top time{color:#000}
nav.filters,nav.stories{display:none}
main{max-width:none;padding:0}
details::details-content{content-visibility:visible;display:contents}
details>summary h2::before{content:""}
.finding{break-inside:avoid;border-color:#999;box-shadow:none}
.side{background:none}
blockquote{background:none;border-inline-start:2pt solid #999}
mark{background:none;font-weight:700;text-decoration:underline}
a{color:#000}
a[href^="http"]::after{content:" <" attr(href) ">";font-size:8pt;word-break:break-all}
:target{outline:0}
}
"""


def filter_css() -> str:
    """The review-state filter: the checked radio hides findings without that state (a finding lists its
    states in ``data-states``; one without it is only unreviewed) and shows that state's counts."""
    rules = [f"body:has(#show-{s}:checked) .finding:not([data-states~=\"{s}\"]){{display:none}}"
             for s in FILTER_STATES if s != "unreviewed"]
    rules.append('body:has(#show-unreviewed:checked) .finding[data-states]:not([data-states~="unreviewed"])'
                 "{display:none}")
    for s in CHOICES:
        rules.append(f"body:has(#show-{s}:checked) .n>.n-{s}{{display:inline}}")
        rules.append(f'body:has(#show-{s}:checked) .n:not(:has(>.n-{s}))::before{{content:"0"}}')
    return "\n".join(rules)


def stylesheet() -> str:
    return SCREEN + PRINT + filter_css()
