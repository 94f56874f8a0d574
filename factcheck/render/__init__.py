"""Stage 6, render: a Report as a terminal table, Markdown, JSON or HTML, text made safe
for where it lands, and where the outputs go."""
