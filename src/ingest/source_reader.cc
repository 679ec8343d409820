#include "ingest/source_reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "ingest/feed_reader.h"
#include "ingest/html_extract.h"
#include "ingest/language.h"
#include "ingest/warc_reader.h"
#include "ingest/web_page.h"

namespace faultline {
namespace {

namespace fs = std::filesystem;

std::string LowerExt(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// One Document already made (a page, a text file, an error).
class SingleReader : public ArticleReader {
 public:
  explicit SingleReader(Document doc) : doc_(std::move(doc)) {}
  bool Next(Document& doc) override {
    if (done_) return false;
    done_ = true;
    doc = std::move(doc_);
    return true;
  }

 private:
  Document doc_;
  bool done_ = false;
};

// JSON Lines from bytes already read (stdin, which cannot be sniffed and reopened).
class BytesJsonlReader : public ArticleReader {
 public:
  BytesJsonlReader(std::string bytes, ReaderOptions options)
      : bytes_(std::move(bytes)), options_(std::move(options)) {}
  bool Next(Document& doc) override {
    while (pos_ < bytes_.size()) {
      size_t eol = bytes_.find('\n', pos_);
      if (eol == std::string::npos) eol = bytes_.size();
      std::string_view line(bytes_.data() + pos_, eol - pos_);
      pos_ = eol + 1;
      ++line_;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      doc = Document();
      ParseJsonlRecord(line, line_, options_, doc);
      return true;
    }
    return false;
  }

 private:
  std::string bytes_;
  ReaderOptions options_;
  size_t pos_ = 0, line_ = 0;
};

std::unique_ptr<ArticleReader> ErrorReader(const std::string& id, const std::string& error) {
  Document d;
  d.id = id;
  d.error = error;
  return std::make_unique<SingleReader>(std::move(d));
}

std::unique_ptr<ArticleReader> OpenFile(const std::string& path, const SourceOptions& options) {
  const std::string ext = LowerExt(path);
  if (IsWarcName(path)) {
    std::unique_ptr<ArticleReader> r;
    Status s = OpenWarcReader(path, options.reader, &r);
    return s.ok() ? std::move(r) : ErrorReader(path, s.message());
  }
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") {
    std::unique_ptr<ArticleReader> r;
    ReaderOptions ro = options.reader;
    ro.format = InputFormat::kJsonl;
    Status s = OpenArticleReader(path, ro, &r);
    return s.ok() ? std::move(r) : ErrorReader(path, s.message());
  }
  std::string bytes;
  if (path == "-") {
    std::ostringstream buf;
    buf << std::cin.rdbuf();
    bytes = buf.str();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return ErrorReader(path, "cannot open " + path);
    std::ostringstream buf;
    buf << in.rdbuf();
    bytes = buf.str();
  }
  const std::string name = path == "-" ? "stdin" : fs::path(path).filename().string();
  const size_t first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  const std::string_view head =
      std::string_view(bytes).substr(first == std::string::npos ? 0 : first, 1024);
  if (ext == ".rss" || ext == ".atom" || ext == ".xml" || LooksLikeFeed(head)) {
    return MakeFeedReader(name, std::move(bytes), options.reader);
  }
  if (path == "-" && !head.empty() && head[0] == '{') {
    return std::make_unique<BytesJsonlReader>(std::move(bytes), options.reader);
  }
  std::string head_lower(head.substr(0, 64));
  for (char& c : head_lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  WebPage page;
  page.id = name;
  page.where = name;
  page.html = ext == ".html" || ext == ".htm" || head_lower.rfind("<!doctype html", 0) == 0 ||
              head_lower.rfind("<html", 0) == 0;
  page.fallback_date = options.reader.default_date;
  if (page.fallback_date.empty()) page.fallback_date = IsoDatePrefix(name);
  page.bytes = std::move(bytes);
  if (path != "-") {
    // A local file's own address, so every stored event can name where it came from.
    std::error_code ec;
    fs::path abs = fs::absolute(path, ec);
    if (!ec) page.url = "file://" + abs.lexically_normal().string();
  }
  Document doc;
  MakeWebDocument(page, options.reader, doc);
  return std::make_unique<SingleReader>(std::move(doc));
}

class SourcesReader : public ArticleReader {
 public:
  SourcesReader(std::vector<std::string> files, SourceOptions options)
      : files_(std::move(files)), options_(std::move(options)) {}

  bool Next(Document& doc) override {
    for (;;) {
      if (!current_) {
        if (next_file_ >= files_.size()) return false;
        current_ = OpenFile(files_[next_file_++], options_);
      }
      if (current_->Next(doc)) {
        if (doc.error.empty() && options_.english_only) {
          std::string reason = NonEnglishReason(doc.text);
          if (!reason.empty()) {
            doc.error = reason;
            doc.text.clear();
          }
        }
        return true;
      }
      current_.reset();
    }
  }

 private:
  std::vector<std::string> files_;
  SourceOptions options_;
  size_t next_file_ = 0;
  std::unique_ptr<ArticleReader> current_;
};

}  // namespace

bool IsSkipped(const Document& doc) { return doc.error.rfind("skipped:", 0) == 0; }

std::unique_ptr<ArticleReader> OpenSources(const std::vector<std::string>& sources,
                                           const SourceOptions& options) {
  std::vector<std::string> files;
  for (const std::string& s : sources) {
    std::error_code ec;
    if (s != "-" && fs::is_directory(s, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(s, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (it->is_regular_file(ec) && !name.empty() && name[0] != '.') {
          found.push_back(it->path().string());
        }
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(s);
    }
  }
  return std::make_unique<SourcesReader>(std::move(files), options);
}

}  // namespace faultline
