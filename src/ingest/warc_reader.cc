#include "ingest/warc_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>

#include "ingest/web_page.h"

namespace faultline {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// "Name: value" header lines up to a blank line; names are returned lower case.
struct Headers {
  std::vector<std::pair<std::string, std::string>> fields;
  std::string Get(const std::string& name) const {
    for (const auto& [k, v] : fields) {
      if (k == name) return v;
    }
    return "";
  }
};

void ParseHeaderLines(std::string_view block, std::string* first, Headers* h) {
  size_t pos = 0;
  bool first_line = true;
  while (pos < block.size()) {
    size_t eol = block.find('\n', pos);
    std::string_view line = block.substr(pos, eol == std::string_view::npos ? eol : eol - pos);
    pos = eol == std::string_view::npos ? block.size() : eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (first_line) {
      *first = std::string(line);
      first_line = false;
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string v(line.substr(colon + 1));
    v.erase(0, v.find_first_not_of(" \t"));
    h->fields.emplace_back(Lower(std::string(line.substr(0, colon))), v);
  }
}

class WarcReader : public ArticleReader {
 public:
  WarcReader(std::string path, gzFile f, ReaderOptions options)
      : path_(std::move(path)), f_(f), options_(std::move(options)) {}
  ~WarcReader() override { gzclose(f_); }

  bool Next(Document& doc) override {
    while (!done_) {
      doc = Document();
      if (ReadRecord(doc)) return true;
    }
    return false;
  }

 private:
  // Reads one record; true when it produced a Document (article or error).
  bool ReadRecord(Document& doc) {
    std::string header;
    if (!ReadUntilBlankLine(&header)) {
      done_ = true;
      if (header.find_first_not_of("\r\n") == std::string::npos) return false;
      doc.id = path_ + " record " + std::to_string(record_ + 1);
      doc.error = "truncated WARC header";
      return true;
    }
    ++record_;
    std::string version;
    Headers h;
    ParseHeaderLines(header, &version, &h);
    const std::string uri = h.Get("warc-target-uri");
    doc.id = uri.empty() ? path_ + " record " + std::to_string(record_) : uri;
    const std::string where = path_ + " record " + std::to_string(record_);
    if (version.rfind("WARC/", 0) != 0) {
      // Without a record boundary we cannot find the next record: stop here.
      done_ = true;
      doc.error = where + ": not a WARC record (starts \"" + version.substr(0, 20) + "\")";
      return true;
    }
    const std::string len_text = h.Get("content-length");
    char* end = nullptr;
    const unsigned long long len = std::strtoull(len_text.c_str(), &end, 10);
    if (len_text.empty() || *end != '\0' || len > (256ull << 20)) {
      done_ = true;
      doc.error = where + ": bad Content-Length \"" + len_text + "\"";
      return true;
    }
    std::string block(len, '\0');
    const int got = len ? gzread(f_, block.data(), static_cast<unsigned>(len)) : 0;
    if (got < 0 || static_cast<unsigned long long>(got) < len) {
      done_ = true;
      doc.error = where + ": truncated record: " + std::to_string(std::max(got, 0)) + " of " +
                  std::to_string(len) + " bytes";
      return true;
    }
    const std::string type = h.Get("warc-type");
    std::string content_type = Lower(h.Get("content-type"));
    std::string_view payload = block;
    if (type == "response") {
      if (content_type.find("application/http") == std::string::npos) return false;
      size_t split = payload.find("\r\n\r\n");
      size_t skip = 4;
      if (split == std::string_view::npos) split = payload.find("\n\n"), skip = 2;
      if (split == std::string_view::npos) {
        doc.error = where + ": HTTP response without a header end";
        return true;
      }
      std::string status_line;
      Headers http;
      ParseHeaderLines(payload.substr(0, split), &status_line, &http);
      if (status_line.find(" 200") == std::string::npos) return false;  // redirects, errors
      content_type = Lower(http.Get("content-type"));
      payload = payload.substr(split + skip);
    } else if (type != "resource" && type != "conversion") {
      return false;
    }
    const bool html = content_type.find("html") != std::string::npos;
    if (!html && content_type.find("text/plain") == std::string::npos) return false;
    WebPage page;
    page.id = doc.id;
    page.where = where + " (" + doc.id + ")";
    page.bytes = std::string(payload);
    page.html = html;
    page.content_type = content_type;
    page.fallback_date = h.Get("warc-date").substr(0, 10);
    page.url = uri;
    MakeWebDocument(page, options_, doc);
    return true;
  }

  // Header block up to and excluding the blank line; false at end of input.
  bool ReadUntilBlankLine(std::string* out) {
    // Skip blank lines between records (the record end is two CRLFs, some writers differ).
    int c;
    while ((c = gzgetc(f_)) == '\r' || c == '\n') {
    }
    if (c == -1) return false;
    out->push_back(static_cast<char>(c));
    while ((c = gzgetc(f_)) != -1) {
      out->push_back(static_cast<char>(c));
      if (out->size() >= 4 && out->compare(out->size() - 4, 4, "\r\n\r\n") == 0) return true;
      if (out->size() >= 2 && out->compare(out->size() - 2, 2, "\n\n") == 0) return true;
      if (out->size() > (1u << 20)) return false;
    }
    return false;
  }


  std::string path_;
  gzFile f_;
  ReaderOptions options_;
  size_t record_ = 0;
  bool done_ = false;
};

}  // namespace

bool IsWarcName(const std::string& p) {
  auto ends = [&](std::string_view e) {
    return p.size() >= e.size() && Lower(p.substr(p.size() - e.size())) == e;
  };
  return ends(".warc") || ends(".warc.gz");
}

Status OpenWarcReader(const std::string& path, const ReaderOptions& options,
                      std::unique_ptr<ArticleReader>* reader) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IoError("cannot open " + path);
  gzbuffer(f, 1 << 17);
  *reader = std::make_unique<WarcReader>(path, f, options);
  return Status::Ok();
}

}  // namespace faultline
