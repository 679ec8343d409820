// Fuzzes the PETRARCH XML validation-record reader; every record it reads is coded.
#include <cstdint>

#include "code/legacy/petrarch_records.h"
#include "petrarch_fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace p = faultline::petrarch;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!p::fuzz::Usable(text)) return 0;
  p::ValidationSuite suite;
  faultline::Status s = p::ParseValidationRecords("fuzz.xml", text, &suite);
  p::fuzz::CheckStatus(s);
  if (!s.ok()) return 0;
  for (const p::ValidationRecord& r : suite.records) p::fuzz::CodeWith(p::fuzz::Fixed(""), r.text);
  return 0;
}
