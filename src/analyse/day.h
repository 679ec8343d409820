// Calendar days as integers (days since 1970-01-01) for daily series and windows.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace faultline::analyse {

// The day of an ISO date "YYYY-MM-DD…"; nullopt for a shorter or impossible date.
std::optional<int> ParseDay(std::string_view iso);
std::string FormatDay(int day);

}  // namespace faultline::analyse
