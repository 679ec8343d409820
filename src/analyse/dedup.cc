#include "analyse/dedup.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "analyse/day.h"

namespace faultline::analyse {
namespace {

struct Mention {
  const EventRecord* e;
  int day;
  std::string key;
};

std::string CellOf(double lat, double lon, double deg) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f,%.2f", std::floor(lat / deg) * deg,
                std::floor(lon / deg) * deg);
  return buf;
}

// Where an event is, as coarsely as needed for two reports of it to agree.
std::string PlaceKey(const EventRecord& e, double deg) {
  if (e.lat && e.lon && e.place_precision > 0 && e.place_precision <= 3) {
    return "cell:" + CellOf(*e.lat, *e.lon, deg);
  }
  if (!e.admin1.empty()) return "admin1:" + e.country + "/" + e.admin1;
  if (!e.country.empty()) return "country:" + e.country;
  return "none";
}

std::string SourceOf(const EventRecord& e) {
  if (!e.source.empty()) return e.source;
  size_t p = e.url.find("://");
  if (p != std::string::npos) {
    size_t end = e.url.find('/', p + 3);
    return e.url.substr(p + 3, end == std::string::npos ? std::string::npos : end - p - 3);
  }
  // Unknown outlet: each article counts as its own source rather than merging unknowns.
  return "article:" + std::to_string(e.article_id);
}

void Finish(const std::vector<const Mention*>& ms, double deg, ClusterRecord* c) {
  std::map<std::string, int> codes;
  std::set<int64_t> articles;
  std::set<std::string> sources;
  const EventRecord* best_place = nullptr;
  const EventRecord* best = nullptr;
  int first = ms.front()->day, last = first;
  for (const Mention* m : ms) {
    const EventRecord& e = *m->e;
    ++codes[e.code];
    articles.insert(e.article_id);
    sources.insert(SourceOf(e));
    c->mention_ids.push_back(e.id);
    first = std::min(first, m->day);
    last = std::max(last, m->day);
    if (e.place_precision > 0 &&
        (!best_place || e.place_precision < best_place->place_precision)) {
      best_place = &e;
    }
    if (!best || e.confidence > best->confidence) best = &e;
    if (e.killed) c->killed = std::max(c->killed.value_or(0), *e.killed);
    if (e.displaced) c->displaced = std::max(c->displaced.value_or(0), *e.displaced);
  }
  const EventRecord& lead = *best;
  c->code = std::max_element(codes.begin(), codes.end(), [](const auto& a, const auto& b) {
              return a.second < b.second;
            })->first;
  c->root = lead.root;
  c->source_code = lead.source_code;
  c->target_code = lead.target_code;
  for (const Mention* m : ms) {
    if (m->e->code == c->code) {
      c->quad_class = m->e->quad_class;
      c->goldstein = m->e->goldstein;
      break;
    }
  }
  c->date = FormatDay(first);
  c->date_end = FormatDay(last);
  const EventRecord& p = best_place ? *best_place : lead;
  c->country = p.country;
  c->admin1 = p.admin1;
  c->place_name = p.place_name;
  c->lat = p.lat;
  c->lon = p.lon;
  if (p.lat && p.lon) c->cell = CellOf(*p.lat, *p.lon, deg);
  c->num_mentions = static_cast<int>(ms.size());
  c->num_articles = static_cast<int>(articles.size());
  c->num_sources = static_cast<int>(sources.size());
  c->confidence_tier = ConfidenceTier(c->num_sources);
  c->sources.assign(sources.begin(), sources.end());
  c->sentence = lead.sentence_text;
  c->url = lead.url;
}

}  // namespace

const char* ConfidenceTier(int n) { return n >= 3 ? "high" : n == 2 ? "medium" : "low"; }

std::vector<ClusterRecord> ClusterEvents(const std::vector<EventRecord>& events,
                                         const DedupOptions& options) {
  std::vector<Mention> mentions;
  for (const EventRecord& e : events) {
    if (e.negated || (e.modality != "asserted" && e.modality != "reported")) continue;
    // A day-precise event date, else the article's date: the report is the evidence.
    std::optional<int> day = e.date_precision == "day" ? ParseDay(e.date) : std::nullopt;
    if (!day) day = ParseDay(e.article_date);
    if (!day) continue;
    mentions.push_back({&e, *day,
                        e.source_code + "|" + e.target_code + "|" + e.root + "|" +
                            PlaceKey(e, options.cell_degrees)});
  }
  std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    return a.key != b.key ? a.key < b.key : a.day != b.day ? a.day < b.day : a.e->id < b.e->id;
  });
  std::vector<ClusterRecord> out;
  std::vector<const Mention*> group;
  for (size_t i = 0; i <= mentions.size(); ++i) {
    const bool boundary = i == mentions.size() || group.empty() ||
                          mentions[i].key != group.front()->key ||
                          mentions[i].day - group.front()->day > options.window_days;
    if (boundary && !group.empty()) {
      out.emplace_back();
      Finish(group, options.cell_degrees, &out.back());
      group.clear();
    }
    if (i < mentions.size()) group.push_back(&mentions[i]);
  }
  // Chronological order makes cluster ids read like a timeline.
  std::stable_sort(out.begin(), out.end(),
                   [](const ClusterRecord& a, const ClusterRecord& b) { return a.date < b.date; });
  return out;
}

}  // namespace faultline::analyse
