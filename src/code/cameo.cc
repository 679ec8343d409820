#include "code/cameo.h"

#include <unordered_map>

namespace faultline {
namespace {

// Generated at configure time from data/cameo/event-codes.tsv.
constexpr CameoCode kCodes[] = {
#include "cameo_table.inc"
};

}  // namespace

const CameoCode* LookupCameo(std::string_view code) {
  static const auto* index = [] {
    auto* m = new std::unordered_map<std::string_view, const CameoCode*>();
    for (const CameoCode& c : kCodes) m->emplace(c.code, &c);
    return m;
  }();
  auto it = index->find(code);
  return it == index->end() ? nullptr : it->second;
}

}  // namespace faultline
