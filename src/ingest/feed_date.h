// Feed dates: RSS uses RFC 822 ("Mon, 23 Dec 2019 10:04:00 GMT"), Atom and Dublin Core
// use ISO 8601 ("2019-12-23T10:04:00Z"). Only the calendar day matters to the coder.
#pragma once

#include <string>
#include <string_view>

namespace faultline {

// YYYY-MM-DD, or "" when `value` is neither form (or names an impossible day).
std::string ParseFeedDate(std::string_view value);

}  // namespace faultline
