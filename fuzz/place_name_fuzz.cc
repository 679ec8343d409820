// Fuzz target for the place-name normaliser (src/recognise/places/place_name.h): any bytes in,
// no crash, and the keys keep their promises (folded keys are lower case without double spaces;
// the transliteration key of a folded key equals that of the original).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "recognise/places/place_name.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  using namespace faultline::places;
  const std::string exact = ExactKey(in);
  const std::string folded = FoldName(in);
  const std::string key = TranslitKey(in);
  (void)IsLatinName(in);
  if (exact.size() > in.size()) std::abort();
  if (folded.find("  ") != std::string::npos || (!folded.empty() && folded.back() == ' ')) std::abort();
  for (char c : folded) {
    if (c >= 'A' && c <= 'Z') std::abort();
  }
  if (faultline::utf8::Validate(in).ok() && TranslitKey(folded) != key) std::abort();
  return 0;
}
