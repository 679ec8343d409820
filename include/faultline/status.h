// Status: the result of an operation that can fail for reasons the caller should
// handle (bad input, missing file, malformed dictionary line). Programmer errors are
// not Statuses; they are assertions.
//
// A Status is cheap when OK (an empty string). Messages name the offending thing:
// "data/verbs/19.txt:42: unknown code '1999'" rather than "parse error".
#pragma once

#include <string>
#include <utility>

namespace faultline {

class Status {
 public:
  enum class Code { kOk, kInvalidInput, kNotFound, kIoError, kCorruption, kUnsupported };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid input: <message>", or "OK".
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

#define FL_RETURN_IF_ERROR(expr)          \
  do {                                    \
    ::faultline::Status fl_status_ = (expr); \
    if (!fl_status_.ok()) return fl_status_; \
  } while (0)

}  // namespace faultline
