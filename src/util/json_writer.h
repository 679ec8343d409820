// JsonWriter: appends JSON to a string as it goes, with no tree in between, writing
// what nlohmann's dump() (no indent, UTF-8 kept) would write for the same values (a
// number halfway between two shortest decimals may end in the other digit: the same
// double). For the hot paths: the article JSON (`faultline code`, the store's annotations
// column) and the event pages of the API. Not thread-safe; one writer per string.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace faultline {

// A JSON string: '"', '\' and control bytes escaped (\b \f \n \r \t, others \u00xx), UTF-8
// kept; a byte that is not part of valid UTF-8 becomes U+FFFD, so the output is always
// valid JSON (nlohmann's error_handler_t::replace does the same).
void AppendJsonString(std::string* out, std::string_view s);

// A number as nlohmann writes it (shortest round trip, "12.0" for whole numbers); null
// when not finite.
void AppendJsonDouble(std::string* out, double v);

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(*out) {}

  void Open(char c) {  // '{' or '['
    Sep();
    out_.push_back(c);
    first_ = true;
  }
  void Close(char c) {  // '}' or ']'
    out_.push_back(c);
    first_ = false;
  }
  // Keys are the code's own names, plain ASCII: written as they are.
  void Key(std::string_view k) {
    Sep();
    out_.push_back('"');
    out_.append(k);
    out_ += "\":";
    first_ = true;  // the value follows without a comma
  }
  void Str(std::string_view s) {
    Sep();
    AppendJsonString(&out_, s);
  }
  void StrOrNull(std::string_view s) { s.empty() ? Null() : Str(s); }
  void Null() { Raw("null"); }
  void Bool(bool b) { Raw(b ? "true" : "false"); }
  void Int(int64_t v) { Raw(std::to_string(v)); }
  void Double(double v) {
    Sep();
    AppendJsonDouble(&out_, v);
  }
  void OptDouble(const std::optional<double>& v) { v ? Double(*v) : Null(); }
  // A value serialised elsewhere (valid JSON).
  void Raw(std::string_view json) {
    Sep();
    out_.append(json);
  }

  // The same with a key first: "key": value.
  void Str(std::string_view k, std::string_view v) { Key(k), Str(v); }
  void StrOrNull(std::string_view k, std::string_view v) { Key(k), StrOrNull(v); }
  void Null(std::string_view k) { Key(k), Null(); }
  void Bool(std::string_view k, bool v) { Key(k), Bool(v); }
  void Int(std::string_view k, int64_t v) { Key(k), Int(v); }
  void Double(std::string_view k, double v) { Key(k), Double(v); }
  void OptDouble(std::string_view k, const std::optional<double>& v) { Key(k), OptDouble(v); }

 protected:
  void Sep() {
    if (!first_) out_.push_back(',');
    first_ = false;
  }

  std::string& out_;
  bool first_ = true;
};

}  // namespace faultline
