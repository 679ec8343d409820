#include "resolve/event_places.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

namespace faultline {
namespace {

bool IsClauseBoundary(const Token& t) {
  return t.pos == Pos::kSubord || t.pos == Pos::kWh || t.norm == ";" || t.norm == ":";
}

// Byte range of the clause around the event's trigger.
Span ClauseSpan(const Document& doc, const Event& e) {
  const Sentence& s = doc.sentences[e.sentence];
  uint32_t trigger = s.token_begin;
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    if (doc.tokens[t].span.begin <= e.span.begin) trigger = t;
  }
  uint32_t b = trigger, end = trigger + 1;
  while (b > s.token_begin && !IsClauseBoundary(doc.tokens[b - 1])) --b;
  while (end < s.token_end && !IsClauseBoundary(doc.tokens[end])) ++end;
  return {doc.tokens[b].span.begin, doc.tokens[end - 1].span.end};
}

// The best non-adjectival place inside `range`: most specific, then nearest the trigger.
std::optional<uint32_t> BestPlaceIn(const Document& doc, const Span& range, const Span& trigger) {
  std::optional<uint32_t> best;
  std::tuple<int, uint32_t> best_key{100, 0};
  for (uint32_t i = 0; i < doc.places.size(); ++i) {
    const Place& p = doc.places[i];
    if (p.adjectival || !range.Contains(p.span)) continue;
    const uint32_t dist = p.span.begin >= trigger.end ? p.span.begin - trigger.end
                          : trigger.begin >= p.span.end ? trigger.begin - p.span.end
                                                        : 0;
    const std::tuple<int, uint32_t> key{p.precision, dist};
    if (!best || key < best_key) {
      best = i;
      best_key = key;
    }
  }
  return best;
}

}  // namespace

std::optional<uint32_t> ArticleFocusPlace(const Document& doc) {
  std::map<std::string, std::pair<int, uint32_t>> count;  // name -> (mentions, first index)
  for (uint32_t i = 0; i < doc.places.size(); ++i) {
    const Place& p = doc.places[i];
    if (p.adjectival) continue;
    auto [it, fresh] = count.try_emplace(p.name + "|" + std::to_string(p.geonameid), 0, i);
    ++it->second.first;
  }
  std::optional<uint32_t> best;
  std::tuple<int, int, uint32_t> best_key{0, 0, 0};
  for (const auto& [name, v] : count) {
    const std::tuple<int, int, uint32_t> key{v.first, -doc.places[v.second].precision, ~v.second};
    if (!best || key > best_key) {
      best = v.second;
      best_key = key;
    }
  }
  return best;
}

void AttachEventPlaces(Document& doc) {
  if (doc.places.empty()) return;
  const std::optional<uint32_t> focus = ArticleFocusPlace(doc);
  for (Event& e : doc.events) {
    if (e.sentence >= doc.sentences.size()) continue;
    std::optional<uint32_t> place = BestPlaceIn(doc, ClauseSpan(doc, e), e.span);
    std::string rule = "clause";
    if (!place) {
      place = BestPlaceIn(doc, doc.sentences[e.sentence].span, e.span);
      rule = "sentence";
    }
    int precision = place ? doc.places[*place].precision : 7;
    if (!place && focus) {
      place = focus;
      rule = "article";
      precision = std::max(doc.places[*focus].precision, 4);
    }
    if (!place) continue;
    e.place = place;
    e.place_precision = std::to_string(precision);
    e.provenance.place_rule = rule;
  }
}

}  // namespace faultline
