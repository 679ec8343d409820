// Progress on a terminal: articles done, rate and ETA on one self-overwriting stderr
// line. Silent when stderr is not a terminal, so logs and pipes stay clean.
#pragma once

#include <chrono>
#include <cstddef>

namespace faultline::cli {

class Progress {
 public:
  // `total` may be 0 when unknown (no ETA then).
  explicit Progress(size_t total = 0);
  void Update(size_t done);
  void Finish(size_t done);

 private:
  bool enabled_;
  size_t total_;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace faultline::cli
