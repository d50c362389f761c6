"""What the frame of every public page costs in SQL when the page is rendered rather than served from
the page cache: the clinic's details, the locations and their opening hours (header, footer and the
clinic's structured data), the header's and footer's menus, and the footer's required notices.

Each page type's query test pins its own queries plus these, so that a change to the frame is made
here once (with a location in the database: without one, no opening hours are fetched)."""

SITE_FRAME_QUERIES = 5
