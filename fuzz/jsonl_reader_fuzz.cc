// Fuzzes the JSON Lines article reader: any bytes give either a usable Document or one
// with an error, never a crash; a usable one has valid UTF-8 text.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ingest/article_reader.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  faultline::Document doc;
  faultline::ReaderOptions options;
  options.max_article_bytes = 1 << 16;
  faultline::ParseJsonlRecord(line, 1, options, doc);
  if (doc.error.empty() && !faultline::utf8::Validate(doc.text).ok()) std::abort();
  if (doc.id.empty()) std::abort();
  return 0;
}
