// Ingest sources: any mix of files, directories (walked recursively, in name order) and
// "-" for stdin, each read in its own format:
//   .warc / .warc.gz            WARC records (warc_reader.h)
//   .html / .htm, or "<html"    one page (html_extract.h)
//   .rss / .atom / .xml, "<rss" an RSS or Atom feed (feed_reader.h)
//   .jsonl / .ndjson / .json    JSON Lines (article_reader.h)
//   anything else               one plain-text article
// A text file's date is --date, else a YYYY-MM-DD prefix of its name. Articles a
// reliable language guess says are not English become error Documents starting with
// "skipped:". Nothing a single document does stops the stream.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ingest/article_reader.h"

namespace faultline {

struct SourceOptions {
  ReaderOptions reader;
  bool english_only = true;
};

// Never fails: a source that cannot be opened yields one error Document naming it.
std::unique_ptr<ArticleReader> OpenSources(const std::vector<std::string>& sources,
                                           const SourceOptions& options);

// True for error Documents that were skipped on purpose (language), not malformed.
bool IsSkipped(const Document& doc);

}  // namespace faultline
