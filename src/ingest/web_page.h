// One fetched page or file, as raw bytes with what its container says about it, turned
// into a Document: encoding detected and converted, HTML reduced to the article text,
// metadata from the page preferred over the container's, the text checked.
#pragma once

#include <string>

#include "faultline/document.h"
#include "ingest/article_reader.h"

namespace faultline {

struct WebPage {
  std::string id;
  std::string where;  // names the page in errors: "feed.xml item 3", "x.warc record 7 (url)"
  std::string bytes;
  bool html = false;
  std::string content_type;   // may carry "charset=…"
  std::string fallback_date;  // container date (WARC-Date, file name) when the page has none
  std::string url, source;
};

void MakeWebDocument(const WebPage& page, const ReaderOptions& options, Document& doc);

}  // namespace faultline
