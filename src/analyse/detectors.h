// The three escalation detectors, over one daily series. Each is a plain function of
// the numbers so its behaviour can be replayed and tested without a store.
//
// spike   Negative-binomial tail probability of day t's count against days t−30..t−3
//         (method-of-moments fit; Poisson when not over-dispersed). Fires when
//         P(X ≥ x_t) < spike_alpha and day t has at least min_events events from at
//         least min_sources distinct sources. Lead time: the first qualifying day, i.e.
//         0 days after an escalation starts when that day clears the floors.
// shift   Poisson CUSUM for a doubling: S_t = max(0, S_{t−1} + x_t·ln 2 − λ0), λ0 the
//         mean of days t−90..t−8 (the last week left out so a rise does not raise its own
//         baseline), floored at 0.1/day. Fires when S_t ≥ cusum_h, then restarts. Lead
//         time: within 3 days of a sustained rise to ≥4× a baseline of about 1/day.
// record  The 30-day sum of a toll (killed) or displacement at its highest in 1 year
//         (or 3 years), above a floor, once the series has a year of history (as HDX
//         Signals does). Lead time: the day the 30-day sum passes the previous maximum.
//
// After an alert a detector is silent on that series for `cooldown_days`.
#pragma once

#include <string>
#include <vector>

namespace faultline::analyse {

struct DetectorOptions {
  double spike_alpha = 1e-3;
  int min_events = 3;
  int min_sources = 2;
  double cusum_h = 5.0;
  double record_min_killed = 25;
  double record_min_displaced = 1000;
  int cooldown_days = 14;
};

// One series; index i is day first_day + i. `history_start` is the first day of the whole
// store (days before a unit's first event are real zeros, not missing data).
struct DailySeries {
  int first_day = 0;
  std::vector<double> events;
  std::vector<int> sources;  // distinct sources reporting that day
};

struct Detection {
  int day = 0;
  std::string detector;  // spike, shift, record
  std::string message;
  std::string numbers_json;
};

std::vector<Detection> DetectSpikes(const DailySeries& s, const DetectorOptions& o);
std::vector<Detection> DetectShifts(const DailySeries& s, const DetectorOptions& o);
// `values` are daily totals of one figure; `what` is "killed" or "displaced".
std::vector<Detection> DetectRecords(int first_day, const std::vector<double>& values,
                                     const std::string& what, double floor,
                                     const DetectorOptions& o);

// P(X ≥ x) for a negative binomial of mean m and variance v (Poisson when v ≤ m).
double NegBinomialTail(int x, double m, double v);

}  // namespace faultline::analyse
