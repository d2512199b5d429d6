"""The dashboard's layer between the Streamlit pages (pages/) and the devzone library.

- `labels`: the zh/en label table, the language toggle's state, column labels, missing values as text;
- `render`: HTML/markdown escaping, number formatting, page header;
- `data`: the store, cached queries keyed by the store file's modification time, the filters (the read
  path: nothing of the extraction is imported by it);
- `adding`: extracting and storing an uploaded article (the import page only);
- `sidebar`: the shared sidebar of filters, bound to the URL;
- `navigation`: the one workaround of Streamlit internals (why: see there);
- `charts`: what every chart shares (a fixed colour per zone, chart caps);
- `tables`: tables with their CSV download, file names, links to the sources page.

A page calls `sidebar.sidebar()` first, then reads `data.filtered(filters, table)` and draws. Helpers
one page needs live in that page's file.
"""
