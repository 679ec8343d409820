// News pages to article text (gumbo): the title, the publication date from meta tags,
// the canonical URL and site name, and the body text without navigation, scripts and
// page furniture. The body is the <article> element when there is one, else <main>,
// else <body>; paragraphs become blank-line separated so sentence splitting stays sane.
#pragma once

#include <string>
#include <string_view>

#include "faultline/status.h"

namespace faultline {

struct HtmlArticle {
  std::string title;
  std::string date;  // YYYY-MM-DD, or empty when the page names none
  std::string url;   // canonical or og:url
  std::string site;  // og:site_name
  std::string text;
};

// `html` must be UTF-8. Fails with a reason when the page has no body text.
Status ExtractHtml(std::string_view html, HtmlArticle* article);

// The text of an HTML fragment (feed descriptions), paragraphs kept.
std::string HtmlFragmentText(std::string_view html);

// The charset a page declares in <meta charset> or http-equiv, lower case, or "".
std::string DeclaredCharset(std::string_view html);

// The leading YYYY-MM-DD of an ISO 8601 timestamp, or "" when it has none.
std::string IsoDatePrefix(std::string_view value);

}  // namespace faultline
