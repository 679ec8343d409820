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

int QuadClass(std::string_view code, QuadConvention convention) {
  const CameoCode* c = LookupCameo(code);
  if (!c) return 0;
  if (convention == QuadConvention::kGdelt) return c->quad_class;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root == 9 || root == 16) return 3;
  if (root == 14) return 4;
  return c->quad_class;
}

}  // namespace faultline
