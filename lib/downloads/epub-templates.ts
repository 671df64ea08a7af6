// EJS templates handed to epub-gen-memory in place of its own OPF and NCX. Its defaults use a
// random UUID as the identifier (so every download would look like a new book to a reader's
// library), claim "All rights reserved" for the publisher, and put the nav page in the spine.
// Only the library's escaped output tag (<%= %>) ever receives work data.

export const CONTENT_OPF_TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="BookId" xml:lang="<%= lang %>">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="BookId"><%= identifier %></dc:identifier>
    <dc:title><%= title %></dc:title>
    <dc:creator id="creator"><%= author.join(", ") %></dc:creator>
    <dc:language><%= lang %></dc:language>
<% if (published) { %>    <dc:date><%= published %></dc:date>
<% } %><% subjects.forEach(function (subject) { %>    <dc:subject><%= subject %></dc:subject>
<% }) %>    <dc:source><%= identifier %></dc:source>
    <meta property="dcterms:modified"><%= modified %></meta>
  </metadata>
  <manifest>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml" />
    <item id="nav" href="toc.xhtml" media-type="application/xhtml+xml" properties="nav" />
    <item id="css" href="style.css" media-type="text/css" />
<% content.forEach(function (item) { %>    <item id="<%= item.id %>" href="<%= item.filename %>" media-type="application/xhtml+xml" />
<% }) %>  </manifest>
  <spine toc="ncx">
<% content.forEach(function (item) { %>    <itemref idref="<%= item.id %>" />
<% }) %>  </spine>
</package>
`;

export const TOC_NCX_TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
  <head>
    <meta name="dtb:uid" content="<%= identifier %>" />
    <meta name="dtb:depth" content="1" />
    <meta name="dtb:totalPageCount" content="0" />
    <meta name="dtb:maxPageNumber" content="0" />
  </head>
  <docTitle><text><%= title %></text></docTitle>
  <docAuthor><text><%= author.join(", ") %></text></docAuthor>
  <navMap>
<% content.forEach(function (item, index) { %>    <navPoint id="navpoint-<%= item.id %>" playOrder="<%= index + 1 %>">
      <navLabel><text><%= item.title %></text></navLabel>
      <content src="<%= item.filename %>" />
    </navPoint>
<% }) %>  </navMap>
</ncx>
`;
