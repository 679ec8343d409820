#include "ingest/web_page.h"

#include "ingest/encoding.h"
#include "ingest/html_extract.h"

namespace faultline {
namespace {

std::string HostOf(const std::string& url) {
  size_t p = url.find("://");
  if (p == std::string::npos) return "";
  p += 3;
  size_t e = url.find_first_of("/:?#", p);
  std::string host = url.substr(p, e == std::string::npos ? std::string::npos : e - p);
  if (host.rfind("www.", 0) == 0) host = host.substr(4);
  return host;
}

}  // namespace

void MakeWebDocument(const WebPage& page, const ReaderOptions& options, Document& doc) {
  doc.id = page.id;
  doc.url = page.url;
  doc.source = page.source;
  doc.date = !page.fallback_date.empty() ? page.fallback_date : options.default_date;
  if (page.bytes.size() > options.max_article_bytes * 4) {
    doc.error = page.where + ": page too large: " + std::to_string(page.bytes.size()) + " bytes";
    return;
  }
  std::string declared = DeclaredCharset(page.content_type);
  if (declared.empty() && page.html) declared = DeclaredCharset(page.bytes);
  std::string utf8, used;
  Status s = ToUtf8(page.bytes, declared, &utf8, &used);
  if (!s.ok()) {
    doc.error = page.where + ": " + s.message();
    return;
  }
  std::string text;
  if (page.html) {
    HtmlArticle a;
    s = ExtractHtml(utf8, &a);
    if (!s.ok()) {
      doc.error = page.where + ": " + s.message();
      return;
    }
    if (!a.date.empty()) doc.date = a.date;  // the page's own date beats the crawl date
    // The page's canonical URL beats a container's address (a file, a crawl's redirect).
    if (!a.url.empty() && (doc.url.empty() || doc.url.rfind("file://", 0) == 0)) doc.url = a.url;
    if (!a.site.empty() && doc.source.empty()) doc.source = a.site;
    doc.title = a.title;
    text = std::move(a.text);
  } else {
    text = std::move(utf8);
  }
  if (doc.source.empty()) doc.source = HostOf(doc.url);
  std::string reason = CheckArticleText(text, options.max_article_bytes);
  if (!reason.empty()) {
    doc.error = page.where + ": " + reason;
    return;
  }
  doc.text = std::move(text);
}

}  // namespace faultline
