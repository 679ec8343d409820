// RSS 2.0 and Atom feeds (libxml2): one Document per item or entry, with the item's
// title, link, publication date and its description or content as text. An item with a
// bad or missing date or without text becomes an error Document naming the item.
#pragma once

#include <memory>
#include <string>

#include "ingest/article_reader.h"

namespace faultline {

// True when the first bytes look like an RSS or Atom document.
bool LooksLikeFeed(std::string_view head);

// `bytes` is the whole feed; `name` names it in errors.
std::unique_ptr<ArticleReader> MakeFeedReader(const std::string& name, std::string bytes,
                                              const ReaderOptions& options);

}  // namespace faultline
