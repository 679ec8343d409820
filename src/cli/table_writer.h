// A readable, fixed-width view of one article's events for a terminal.
#pragma once

#include <ostream>

#include "faultline/document.h"

namespace faultline::cli {

void WriteTable(const Document& doc, std::ostream& out);

}  // namespace faultline::cli
