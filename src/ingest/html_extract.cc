#include "ingest/html_extract.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <vector>

namespace faultline {
namespace {

// Elements whose text is never article text.
bool Skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD:
      return true;
    default:
      return false;
  }
}

bool Block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_LI:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_PRE:
      return true;
    default:
      return false;
  }
}

const char* Attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

// Class or id names that mark page furniture inside the body.
bool Boilerplate(const GumboNode* n) {
  for (const char* attr : {"class", "id", "role"}) {
    const char* v = Attr(n, attr);
    if (!v) continue;
    std::string s(v);
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* bad : {"navigation", "navbar", "menu", "sidebar", "cookie", "share",
                            "related", "newsletter", "advert", "comments", "breadcrumb"}) {
      if (s.find(bad) != std::string::npos) return true;
    }
  }
  return false;
}

void AppendText(const GumboNode* n, std::string& out) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
    out += n->v.text.text;
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT) return;
  GumboTag tag = n->v.element.tag;
  const bool container = tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
  if (Skipped(tag) || (!container && Boilerplate(n))) return;
  const bool block = Block(tag);
  if (block) out += "\n\n";
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) AppendText(static_cast<GumboNode*>(kids.data[i]), out);
  if (block) out += "\n\n";
}

// Collapses runs of spaces within paragraphs and keeps one blank line between them.
std::string Tidy(const std::string& raw) {
  std::vector<std::string> paras;
  std::string cur;
  size_t newlines = 0;
  auto flush = [&] {
    while (!cur.empty() && cur.back() == ' ') cur.pop_back();
    if (!cur.empty()) paras.push_back(std::move(cur));
    cur.clear();
  };
  for (char c : raw) {
    if (c == '\n') {
      if (++newlines >= 2) flush();
      if (!cur.empty() && cur.back() != ' ') cur.push_back(' ');
      continue;
    }
    newlines = 0;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
      if (!cur.empty() && cur.back() != ' ') cur.push_back(' ');
    } else {
      cur.push_back(c);
    }
  }
  flush();
  std::string out;
  for (const std::string& p : paras) {
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

const GumboNode* Find(const GumboNode* n, GumboTag tag) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (n->v.element.tag == tag) return n;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    if (const GumboNode* f = Find(static_cast<GumboNode*>(kids.data[i]), tag)) return f;
  }
  return nullptr;
}

void Walk(const GumboNode* n, const std::function<void(const GumboNode*)>& fn) {
  if (n->type != GUMBO_NODE_ELEMENT) return;
  fn(n);
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) Walk(static_cast<GumboNode*>(kids.data[i]), fn);
}

// Meta names and properties that carry the publication date, best first.
constexpr const char* kDateMetas[] = {"article:published_time", "og:published_time",
                                      "datepublished", "date", "pubdate", "publishdate",
                                      "dc.date.issued", "dc.date", "sailthru.date"};

}  // namespace

std::string IsoDatePrefix(std::string_view v) {
  size_t i = v.find_first_not_of(" \t");
  if (i == std::string_view::npos || v.size() < i + 10) return "";
  std::string_view d = v.substr(i, 10);
  for (size_t k = 0; k < 10; ++k) {
    bool ok = (k == 4 || k == 7) ? d[k] == '-' : std::isdigit(static_cast<unsigned char>(d[k]));
    if (!ok) return "";
  }
  return std::string(d);
}

Status ExtractHtml(std::string_view html, HtmlArticle* a) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string best_date;
  size_t best_rank = std::size(kDateMetas);
  Walk(out->root, [&](const GumboNode* n) {
    GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_TITLE && a->title.empty() && n->v.element.children.length > 0) {
      const auto* t = static_cast<GumboNode*>(n->v.element.children.data[0]);
      if (t->type == GUMBO_NODE_TEXT) a->title = Tidy(t->v.text.text);
    } else if (tag == GUMBO_TAG_META) {
      const char* key = Attr(n, "property") ? Attr(n, "property")
                        : Attr(n, "name")   ? Attr(n, "name")
                                            : Attr(n, "itemprop");
      const char* content = Attr(n, "content");
      if (!key || !content) return;
      std::string k(key);
      for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (k == "og:title") a->title = content;
      if (k == "og:url" && a->url.empty()) a->url = content;
      if (k == "og:site_name") a->site = content;
      for (size_t r = 0; r < best_rank; ++r) {
        if (k == kDateMetas[r] && !IsoDatePrefix(content).empty()) {
          best_rank = r;
          best_date = IsoDatePrefix(content);
        }
      }
    } else if (tag == GUMBO_TAG_LINK && Attr(n, "rel") && Attr(n, "href") &&
               std::strcmp(Attr(n, "rel"), "canonical") == 0) {
      a->url = Attr(n, "href");
    } else if (tag == GUMBO_TAG_TIME && best_date.empty() && Attr(n, "datetime")) {
      best_date = IsoDatePrefix(Attr(n, "datetime"));
    }
  });
  a->date = best_date;
  const GumboNode* body = Find(out->root, GUMBO_TAG_ARTICLE);
  if (!body) body = Find(out->root, GUMBO_TAG_MAIN);
  if (!body) body = Find(out->root, GUMBO_TAG_BODY);
  std::string raw;
  if (body) AppendText(body, raw);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  a->text = Tidy(raw);
  if (a->text.empty()) return Status::InvalidInput("HTML page has no body text");
  return Status::Ok();
}

std::string HtmlFragmentText(std::string_view html) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string raw;
  if (const GumboNode* body = Find(out->root, GUMBO_TAG_BODY)) AppendText(body, raw);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return Tidy(raw);
}

std::string DeclaredCharset(std::string_view html) {
  std::string head(html.substr(0, 4096));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t p = head.find("charset=");
  if (p == std::string::npos) return "";
  p += 8;
  while (p < head.size() && (head[p] == '"' || head[p] == '\'')) ++p;
  size_t e = p;
  while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' ||
                             head[e] == '_')) {
    ++e;
  }
  return head.substr(p, e - p);
}

}  // namespace faultline
