// Fuzzes the normaliser path: UTF-8 validation, folding, offset maps, tokenisation and
// sentence splitting. Invariants: spans stay inside the text and in order.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "segment/segmenter.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (!faultline::utf8::Validate(text).ok()) return 0;
  faultline::utf8::Fold(text);
  faultline::utf8::OffsetMap map(text);
  faultline::Document doc;
  doc.text = text;
  faultline::Segment(doc);
  uint32_t last = 0;
  for (const faultline::Token& t : doc.tokens) {
    if (t.span.begin < last || t.span.end > text.size() || t.span.empty()) std::abort();
    if (map.ToCodePoint(t.span.end) < map.ToCodePoint(t.span.begin)) std::abort();
    last = t.span.end;
  }
  for (const faultline::Sentence& s : doc.sentences) {
    if (s.token_begin >= s.token_end || s.token_end > doc.tokens.size()) std::abort();
  }
  return 0;
}
