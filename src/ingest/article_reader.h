// Article readers: turn input files into Documents, one per article, in input order.
//
// Formats: plain text (one file = one article, id = file name) and JSON Lines, one
// object per line: {"id", "text", "date"?, "title"?, "url"?, "source"?}. A bad article
// never stops the batch: it becomes a Document whose `error` says what is wrong and where
// ("line 7: broken JSON: ..."), and reading goes on with the next one.
#pragma once

#include <istream>
#include <memory>
#include <string>

#include "faultline/document.h"
#include "faultline/status.h"

namespace faultline {

enum class InputFormat { kAuto, kText, kJsonl };

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;
  std::string default_date;               // for articles without their own date
  size_t max_article_bytes = 4u << 20;    // larger articles are refused with an error
};

class ArticleReader {
 public:
  virtual ~ArticleReader() = default;
  // Reads the next article into `doc`; false at end of input. A bad article still returns
  // true with doc.error set.
  virtual bool Next(Document& doc) = 0;
};

// `name` is "-" for stdin. Auto-detection looks at the file extension (.jsonl, .ndjson,
// .json) and else at the first non-blank byte ('{' means JSON Lines).
Status OpenArticleReader(const std::string& name, const ReaderOptions& options,
                         std::unique_ptr<ArticleReader>* reader);

// Parses one JSON Lines record. Sets doc.error (and doc.id when it can) on bad input.
void ParseJsonlRecord(std::string_view line, size_t line_number, const ReaderOptions& options,
                      Document& doc);

// Checks an article's text: empty, too large, NUL bytes, invalid UTF-8 or binary.
// Returns the reason, or an empty string when the text is usable.
std::string CheckArticleText(std::string_view text, size_t max_bytes);

}  // namespace faultline
