// The CAMEO event code table (data/cameo/event-codes.tsv), compiled into the binary:
// name, Goldstein score, quad class and PLOVER mapping of each of the 311 codes.
#pragma once

#include <string_view>

namespace faultline {

struct CameoCode {
  std::string_view code;
  std::string_view name;
  double goldstein;
  int quad_class;  // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
  std::string_view plover_type;
  std::string_view plover_mode;
};

// The entry for a code ("1823"), or nullptr for an unknown code.
const CameoCode* LookupCameo(std::string_view code);

// Two conventions group CAMEO roots into quad classes. GDELT's (the table's column):
// 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal conflict, 15–20
// material conflict. Phoenix/PLOVER's, used by the Phoenix pipeline and ConfliBERT-era
// labelled data: investigations (09) and reduced relations (16) are verbal conflict,
// protests (14) material conflict. faultline reports both (docs/formats.md).
enum class QuadConvention { kPhoenix, kGdelt };
int QuadClass(std::string_view code, QuadConvention convention);

}  // namespace faultline
