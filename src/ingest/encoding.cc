#include "ingest/encoding.h"

#include <unicode/ucnv.h>
#include <uchardet/uchardet.h>

#include <memory>

#include "util/utf8.h"

namespace faultline {
namespace {

std::string Detect(std::string_view bytes) {
  uchardet_t ud = uchardet_new();
  std::string name;
  if (uchardet_handle_data(ud, bytes.data(), bytes.size()) == 0) {
    uchardet_data_end(ud);
    const char* cs = uchardet_get_charset(ud);
    if (cs != nullptr) name = cs;
  }
  uchardet_delete(ud);
  return name;
}

Status Convert(std::string_view bytes, const std::string& charset, std::string* out) {
  UErrorCode err = U_ZERO_ERROR;
  // Worst case 3 UTF-8 bytes per input byte (a BMP character from a one-byte charset).
  std::string buf(bytes.size() * 3 + 4, '\0');
  int32_t n = ucnv_convert("UTF-8", charset.c_str(), buf.data(), static_cast<int32_t>(buf.size()),
                           bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err)) {
    return Status::InvalidInput("cannot convert from " + charset + ": " + u_errorName(err));
  }
  buf.resize(static_cast<size_t>(n));
  *out = std::move(buf);
  return Status::Ok();
}

}  // namespace

Status ToUtf8(std::string_view bytes, const std::string& declared, std::string* out,
              std::string* used) {
  if (utf8::Validate(bytes).ok()) {
    *used = "UTF-8";
    out->assign(bytes);
    return Status::Ok();
  }
  if (!declared.empty() && declared != "utf-8" && declared != "UTF-8") {
    if (Convert(bytes, declared, out).ok()) {
      *used = declared;
      return Status::Ok();
    }
  }
  std::string guess = Detect(bytes);
  if (guess.empty() || guess == "ASCII" || guess == "UTF-8") {
    // Not valid UTF-8 and nothing better known: Windows-1252 is what mislabelled Western
    // news pages almost always are.
    guess = "windows-1252";
  }
  *used = guess;
  return Convert(bytes, guess, out);
}

}  // namespace faultline
