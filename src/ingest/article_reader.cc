#include "ingest/article_reader.h"

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "util/utf8.h"

namespace faultline {
namespace {

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool ValidDate(const std::string& d) {
  if (d.size() < 10) return false;
  for (size_t i = 0; i < 10; ++i) {
    if (i == 4 || i == 7) {
      if (d[i] != '-') return false;
    } else if (d[i] < '0' || d[i] > '9') {
      return false;
    }
  }
  return true;
}

class JsonlReader : public ArticleReader {
 public:
  JsonlReader(std::unique_ptr<std::istream> owned, std::istream* in, ReaderOptions options)
      : owned_(std::move(owned)), in_(in), options_(std::move(options)) {}

  bool Next(Document& doc) override {
    std::string line;
    while (std::getline(*in_, line)) {
      ++line_number_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      doc = Document();
      ParseJsonlRecord(line, line_number_, options_, doc);
      return true;
    }
    return false;
  }

 private:
  std::unique_ptr<std::istream> owned_;
  std::istream* in_;
  ReaderOptions options_;
  size_t line_number_ = 0;
};

class TextReader : public ArticleReader {
 public:
  TextReader(std::string id, std::string text, ReaderOptions options)
      : id_(std::move(id)), text_(std::move(text)), options_(std::move(options)) {}

  bool Next(Document& doc) override {
    if (done_) return false;
    done_ = true;
    doc = Document();
    doc.id = id_;
    doc.date = options_.default_date;
    doc.error = CheckArticleText(text_, options_.max_article_bytes);
    if (doc.error.empty()) doc.text = std::move(text_);
    return true;
  }

 private:
  std::string id_;
  std::string text_;
  ReaderOptions options_;
  bool done_ = false;
};

}  // namespace

std::string CheckArticleText(std::string_view text, size_t max_bytes) {
  if (text.size() > max_bytes) {
    return "article too large: " + std::to_string(text.size()) + " bytes, limit " +
           std::to_string(max_bytes);
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return "empty text";
  Status s = utf8::Validate(text);
  if (!s.ok()) return s.message();
  size_t control = 0;
  for (unsigned char c : text) {
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  if (control * 20 > text.size()) {
    return "binary content: " + std::to_string(control) + " control bytes";
  }
  return "";
}

void ParseJsonlRecord(std::string_view line, size_t line_number, const ReaderOptions& options,
                      Document& doc) {
  const std::string where = "line " + std::to_string(line_number);
  doc.id = where;
  if (line.size() > options.max_article_bytes + 4096) {
    doc.error = "record too large: " + std::to_string(line.size()) + " bytes";
    return;
  }
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    doc.error = "broken JSON";
    return;
  }
  if (!j.is_object()) {
    doc.error = "expected a JSON object";
    return;
  }
  auto id = j.find("id");
  // Only a non-empty string or a scalar is a usable id; an array or object is not (and
  // dumping a deeply nested one would overflow the stack).
  if (id == j.end() || id->is_null() || id->is_structured() ||
      (id->is_string() && id->get_ref<const std::string&>().empty())) {
    doc.error = "missing \"id\"";
    return;
  }
  doc.id = id->is_string() ? id->get<std::string>() : id->dump();
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) {
    doc.error = "missing \"text\" string";
    return;
  }
  auto str = [&](const char* key) -> std::string {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  doc.date = str("date");
  if (!doc.date.empty() && !ValidDate(doc.date)) {
    doc.error = "bad date \"" + doc.date + "\" (expected YYYY-MM-DD)";
    return;
  }
  if (doc.date.size() > 10) doc.date.resize(10);
  if (doc.date.empty()) doc.date = options.default_date;
  doc.title = str("title");
  doc.url = str("url");
  doc.source = str("source");
  const std::string& t = text->get_ref<const std::string&>();
  doc.error = CheckArticleText(t, options.max_article_bytes);
  if (doc.error.empty()) doc.text = t;
}

Status OpenArticleReader(const std::string& name, const ReaderOptions& options,
                         std::unique_ptr<ArticleReader>* reader) {
  InputFormat format = options.format;
  std::string consumed;  // leading whitespace read while sniffing, kept for text offsets
  std::unique_ptr<std::istream> owned;
  std::istream* in = &std::cin;
  if (name != "-") {
    auto f = std::make_unique<std::ifstream>(name, std::ios::binary);
    if (!*f) return Status::IoError("cannot open " + name);
    in = f.get();
    owned = std::move(f);
  }
  if (format == InputFormat::kAuto) {
    auto ends = [&](const char* ext) {
      std::string e(ext);
      return name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0;
    };
    if (ends(".jsonl") || ends(".ndjson") || ends(".json")) {
      format = InputFormat::kJsonl;
    } else {
      int c;
      while ((c = in->peek()) != EOF && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
        consumed.push_back(static_cast<char>(in->get()));
      }
      format = c == '{' ? InputFormat::kJsonl : InputFormat::kText;
    }
  }
  if (format == InputFormat::kJsonl) {
    *reader = std::make_unique<JsonlReader>(std::move(owned), in, options);
    return Status::Ok();
  }
  std::ostringstream buf;
  buf << consumed;
  if (in->peek() != EOF) buf << in->rdbuf();
  if (in->bad()) return Status::IoError("cannot read " + name);
  *reader = std::make_unique<TextReader>(name == "-" ? "stdin" : BaseName(name), buf.str(), options);
  return Status::Ok();
}

}  // namespace faultline
