#include "resolve/event_counts.h"

#include <algorithm>
#include <string_view>

namespace faultline {
namespace {

bool IsEventCount(std::string_view category) {
  return category == "killed" || category == "injured" || category == "arrested" ||
         category == "abducted";
}

bool RootFits(std::string_view category, const std::string& code) {
  const std::string_view root = std::string_view(code).substr(0, 2);
  if (category == "killed" || category == "injured") {
    return root == "18" || root == "19" || root == "20";
  }
  return root == "17";  // arrested, abducted
}

// Index of the sentence containing byte `b`, or sentences.size().
uint32_t SentenceAt(const Document& doc, uint32_t b) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), b,
                             [](uint32_t x, const Sentence& s) { return x < s.span.begin; });
  if (it == doc.sentences.begin()) return static_cast<uint32_t>(doc.sentences.size());
  --it;
  if (b >= it->span.end) return static_cast<uint32_t>(doc.sentences.size());
  return static_cast<uint32_t>(it - doc.sentences.begin());
}

uint32_t Distance(const Span& a, const Span& b) {
  if (a.end <= b.begin) return b.begin - a.end;
  if (b.end <= a.begin) return a.begin - b.end;
  return 0;
}

}  // namespace

void AttachEventCounts(Document& doc) {
  for (uint32_t c = 0; c < doc.counts.size(); ++c) {
    const Count& count = doc.counts[c];
    if (!IsEventCount(count.category)) continue;
    const uint32_t sentence = SentenceAt(doc, count.span.begin);
    int best = -1, best_any = -1;
    uint32_t best_d = UINT32_MAX, best_any_d = UINT32_MAX;
    for (uint32_t e = 0; e < doc.events.size(); ++e) {
      const Event& ev = doc.events[e];
      if (ev.sentence != sentence) continue;
      const uint32_t d = Distance(ev.span, count.span);
      if (RootFits(count.category, ev.code) && d < best_d) {
        best = static_cast<int>(e);
        best_d = d;
      }
      if (d < best_any_d) {
        best_any = static_cast<int>(e);
        best_any_d = d;
      }
    }
    const int chosen = best >= 0 ? best : best_any;
    if (chosen >= 0) doc.events[chosen].counts.push_back(c);
  }
}

}  // namespace faultline
