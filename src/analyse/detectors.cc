#include "analyse/detectors.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "analyse/day.h"

namespace faultline::analyse {
namespace {

constexpr int kSpikeWindowStart = 30, kSpikeWindowEnd = 3;
constexpr int kShiftWindowStart = 90, kShiftWindowEnd = 8;
constexpr double kMinRate = 0.1;

std::string Fmt(const char* f, double a, double b = 0, double c = 0) {
  char buf[256];
  std::snprintf(buf, sizeof buf, f, a, b, c);
  return buf;
}

}  // namespace

double NegBinomialTail(int x, double m, double v) {
  if (x <= 0) return 1.0;
  m = std::max(m, 1.0 / 28);  // an empty baseline still allows the odd event
  double below = 0;
  if (v <= m * 1.0001) {
    for (int k = 0; k < x; ++k) below += std::exp(k * std::log(m) - m - std::lgamma(k + 1.0));
  } else {
    const double r = m * m / (v - m);
    const double q = r / (r + m);
    for (int k = 0; k < x; ++k) {
      below += std::exp(std::lgamma(k + r) - std::lgamma(r) - std::lgamma(k + 1.0) +
                        r * std::log(q) + k * std::log1p(-q));
    }
  }
  return std::clamp(1.0 - below, 0.0, 1.0);
}

std::vector<Detection> DetectSpikes(const DailySeries& s, const DetectorOptions& o) {
  std::vector<Detection> out;
  int quiet_until = -1;
  const int n = static_cast<int>(s.events.size());
  for (int t = kSpikeWindowStart; t < n; ++t) {
    const double x = s.events[t];
    if (t < quiet_until || x < o.min_events || s.sources[t] < o.min_sources) continue;
    double sum = 0, sq = 0;
    const int w = kSpikeWindowStart - kSpikeWindowEnd + 1;
    for (int d = t - kSpikeWindowStart; d <= t - kSpikeWindowEnd; ++d) {
      sum += s.events[d];
      sq += s.events[d] * s.events[d];
    }
    const double mean = sum / w;
    const double var = w > 1 ? (sq - w * mean * mean) / (w - 1) : 0;
    const double p = NegBinomialTail(static_cast<int>(x), mean, var);
    if (p >= o.spike_alpha) continue;
    nlohmann::ordered_json nums = {{"events", x},          {"sources", s.sources[t]},
                                   {"baseline_mean", mean}, {"baseline_variance", var},
                                   {"baseline_days", "t-30..t-3"}, {"p_value", p},
                                   {"alpha", o.spike_alpha}};
    out.push_back({s.first_day + t, "spike",
                   Fmt("%.0f events in one day against a mean of %.2f (p=%.2g)", x, mean, p),
                   nums.dump()});
    quiet_until = t + o.cooldown_days;
  }
  return out;
}

std::vector<Detection> DetectShifts(const DailySeries& s, const DetectorOptions& o) {
  std::vector<Detection> out;
  const int n = static_cast<int>(s.events.size());
  double cusum = 0;
  int quiet_until = -1;
  // Needs a baseline of at least a month before it says anything.
  for (int t = 30; t < n; ++t) {
    const int from = std::max(0, t - kShiftWindowStart), to = t - kShiftWindowEnd;
    double sum = 0;
    for (int d = from; d <= to; ++d) sum += s.events[d];
    const double lambda0 = std::max(kMinRate, sum / (to - from + 1));
    // Log-likelihood ratio of Poisson(2λ0) against Poisson(λ0) for today's count.
    cusum = std::max(0.0, cusum + s.events[t] * std::log(2.0) - lambda0);
    if (cusum < o.cusum_h || t < quiet_until || s.events[t] <= 0) continue;
    nlohmann::ordered_json nums = {{"events", s.events[t]}, {"baseline_rate", lambda0},
                                   {"baseline_days", "t-90..t-8"}, {"shifted_rate", 2 * lambda0},
                                   {"cusum", cusum}, {"threshold", o.cusum_h}};
    out.push_back({s.first_day + t, "shift",
                   Fmt("sustained rise: CUSUM %.1f over threshold %.1f against %.2f events/day",
                       cusum, o.cusum_h, lambda0),
                   nums.dump()});
    cusum = 0;
    quiet_until = t + o.cooldown_days;
  }
  return out;
}

std::vector<Detection> DetectRecords(int first_day, const std::vector<double>& values,
                                     const std::string& what, double floor,
                                     const DetectorOptions& o) {
  std::vector<Detection> out;
  const int n = static_cast<int>(values.size());
  std::vector<double> rolling(n, 0);
  double sum = 0;
  for (int t = 0; t < n; ++t) {
    sum += values[t];
    if (t >= 30) sum -= values[t - 30];
    rolling[t] = sum;
  }
  // A record needs a year of the unit's own history: the first year of a place that
  // only now enters the news would otherwise always be "the highest".
  int history = 0;
  while (history < n && values[history] <= 0) ++history;
  int quiet_until = -1;
  for (int t = history + 365; t < n; ++t) {
    if (t < quiet_until || rolling[t] < floor) continue;
    double max1 = 0, max3 = 0;
    for (int d = std::max(0, t - 1095); d < t; ++d) {
      max3 = std::max(max3, rolling[d]);
      if (d >= t - 365) max1 = std::max(max1, rolling[d]);
    }
    if (rolling[t] <= max1) continue;
    const bool three = t >= history + 1095 && rolling[t] > max3;
    nlohmann::ordered_json nums = {{"figure", what}, {"sum_30_days", rolling[t]},
                                   {"previous_max_1y", max1}, {"floor", floor}};
    if (t >= history + 1095) nums["previous_max_3y"] = max3;
    out.push_back({first_day + t, "record",
                   "", nums.dump()});
    char buf[256];
    std::snprintf(buf, sizeof buf, "30-day %s total %.0f is the highest in %s (previous high %.0f)",
                  what.c_str(), rolling[t], three ? "3 years" : "a year", three ? max3 : max1);
    out.back().message = buf;
    quiet_until = t + std::max(o.cooldown_days, 30);
  }
  return out;
}

}  // namespace faultline::analyse
