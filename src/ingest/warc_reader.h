// WARC and WARC.gz files (the Common Crawl News format), read record by record over
// zlib (gzread reads plain and multi-member gzip files alike). Each `response` record
// with an HTML or plain-text payload, and each `resource`/`conversion` text record,
// becomes one Document; request, metadata and warcinfo records are skipped. A truncated
// or malformed record becomes an error Document naming the record and its URI, and
// reading stops only when the stream cannot be resynchronised.
#pragma once

#include <memory>
#include <string>

#include "faultline/status.h"
#include "ingest/article_reader.h"

namespace faultline {

bool IsWarcName(const std::string& path);

Status OpenWarcReader(const std::string& path, const ReaderOptions& options,
                      std::unique_ptr<ArticleReader>* reader);

}  // namespace faultline
