#include "ingest/feed_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstring>
#include <vector>

#include "ingest/feed_date.h"
#include "ingest/html_extract.h"

namespace faultline {
namespace {

const char* Name(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

std::string Content(const xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  std::string s = c ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return s;
}

std::string Prop(const xmlNode* n, const char* name) {
  xmlChar* c = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string s = c ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return s;
}

class FeedReader : public ArticleReader {
 public:
  FeedReader(std::string name, std::vector<Document> docs)
      : name_(std::move(name)), docs_(std::move(docs)) {}
  bool Next(Document& doc) override {
    if (next_ >= docs_.size()) return false;
    doc = std::move(docs_[next_++]);
    return true;
  }

 private:
  std::string name_;
  std::vector<Document> docs_;
  size_t next_ = 0;
};

// One <item> (RSS) or <entry> (Atom).
Document ReadItem(const std::string& feed, size_t index, const xmlNode* item,
                  const ReaderOptions& options) {
  Document doc;
  std::string date_text, description, content, guid;
  for (const xmlNode* c = item->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const char* n = Name(c);
    const bool ns_content = c->ns && c->ns->prefix &&
                            std::strcmp(reinterpret_cast<const char*>(c->ns->prefix), "content") == 0;
    if (std::strcmp(n, "title") == 0) {
      doc.title = HtmlFragmentText(Content(c));
    } else if (std::strcmp(n, "link") == 0) {
      std::string href = Prop(c, "href");  // Atom
      if (doc.url.empty() || Prop(c, "rel") == "alternate") doc.url = href.empty() ? Content(c) : href;
    } else if (std::strcmp(n, "pubDate") == 0 || std::strcmp(n, "published") == 0 ||
               (std::strcmp(n, "updated") == 0 && date_text.empty()) ||
               (std::strcmp(n, "date") == 0 && date_text.empty())) {
      date_text = Content(c);
    } else if (std::strcmp(n, "description") == 0 || std::strcmp(n, "summary") == 0) {
      description = Content(c);
    } else if ((std::strcmp(n, "encoded") == 0 && ns_content) || std::strcmp(n, "content") == 0) {
      content = Content(c);
    } else if (std::strcmp(n, "guid") == 0 || std::strcmp(n, "id") == 0) {
      guid = Content(c);
    }
  }
  doc.id = !doc.url.empty() ? doc.url : !guid.empty() ? guid : feed + " item " + std::to_string(index);
  const std::string where = feed + " item " + std::to_string(index) +
                            (doc.title.empty() ? "" : " (\"" + doc.title + "\")");
  if (date_text.empty()) {
    doc.date = options.default_date;
  } else {
    doc.date = ParseFeedDate(date_text);
    if (doc.date.empty()) {
      doc.error = where + ": bad date \"" + date_text + "\"";
      return doc;
    }
  }
  std::string text = HtmlFragmentText(content.empty() ? description : content);
  if (!doc.title.empty() && !text.empty()) text = doc.title + "\n\n" + text;
  doc.error = CheckArticleText(text, options.max_article_bytes);
  if (!doc.error.empty()) {
    doc.error = where + ": " + doc.error;
  } else {
    doc.text = std::move(text);
  }
  return doc;
}

void Collect(const xmlNode* n, std::vector<const xmlNode*>& items) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (std::strcmp(Name(n), "item") == 0 || std::strcmp(Name(n), "entry") == 0) {
      items.push_back(n);
    } else {
      Collect(n->children, items);
    }
  }
}

}  // namespace

bool LooksLikeFeed(std::string_view head) {
  return head.find("<rss") != std::string_view::npos ||
         head.find("<feed") != std::string_view::npos ||
         head.find("<rdf:RDF") != std::string_view::npos;
}

std::unique_ptr<ArticleReader> MakeFeedReader(const std::string& name, std::string bytes,
                                              const ReaderOptions& options) {
  std::vector<Document> docs;
  // RECOVER keeps the items before a syntax error; NONET: a feed never makes us fetch DTDs.
  xmlDoc* xml = xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), name.c_str(), nullptr,
                              XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
                                  XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
  std::vector<const xmlNode*> items;
  if (xml) Collect(xmlDocGetRootElement(xml), items);
  for (size_t i = 0; i < items.size(); ++i) docs.push_back(ReadItem(name, i + 1, items[i], options));
  if (items.empty()) {
    Document bad;
    bad.id = name;
    bad.error = xml ? "feed has no items" : "broken feed XML";
    docs.push_back(std::move(bad));
  }
  if (xml) xmlFreeDoc(xml);
  return std::make_unique<FeedReader>(name, std::move(docs));
}

}  // namespace faultline
