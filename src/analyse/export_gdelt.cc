#include "analyse/export_gdelt.h"

#include <cstdio>
#include <set>
#include <string_view>

#include "analyse/day.h"

namespace faultline::analyse {
namespace {

// CAMEO role and organisation type codes (CAMEO codebook, actor types).
const std::set<std::string_view>& TypeCodes() {
  static const std::set<std::string_view> kTypes = {
      "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
      "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
      "MOD", "RAD", "GRP", "PKO", "UIS", "IGO", "IMG", "INT", "MNC",
      "NGM", "NGO", "SET", "RES", "PTY"};
  return kTypes;
}

bool IsOrgType(std::string_view c) {
  return c == "IGO" || c == "NGO" || c == "MNC" || c == "IMG" || c == "NGM";
}

std::string Clean(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

class GdeltWriter : public EventWriter {
 public:
  explicit GdeltWriter(std::ostream& out) : out_(out) {}

  void Write(const EventRecord& e) override {
    const std::string date = e.date.size() >= 10 ? e.date.substr(0, 10) : e.article_date;
    std::string ymd = date;
    std::erase(ymd, '-');
    const std::optional<int> day = ParseDay(date);
    const std::optional<int> jan1 = ParseDay(date.substr(0, 4) + "-01-01");
    char fraction[32] = "";
    if (day && jan1) {
      std::snprintf(fraction, sizeof fraction, "%.4f",
                    std::stoi(date.substr(0, 4)) + (*day - *jan1) / 365.0);
    }
    Cell(std::to_string(e.id));
    Cell(ymd);
    Cell(ymd.substr(0, 6));
    Cell(ymd.substr(0, 4));
    Cell(fraction);
    Actor(e.source_code, e.source_name);
    Actor(e.target_code, e.target_name);
    Cell(e.confidence >= 0.5 ? "1" : "0");  // IsRootEvent: the sentence's main event
    Cell(e.code);
    Cell(e.code.substr(0, 3));
    Cell(e.root);
    Cell(std::to_string(e.quad_class));
    Cell(Number(e.goldstein));
    Cell(std::to_string(std::max(1, e.num_mentions)));
    Cell(std::to_string(std::max(1, e.num_sources)));
    Cell(std::to_string(std::max(1, e.num_articles)));
    Cell("0");
    for (int i = 0; i < 3; ++i) Geo(e);  // Actor1Geo, Actor2Geo, ActionGeo
    Cell(ymd + "000000");
    out_ << Clean(e.url) << '\n';
  }

 private:
  void Cell(const std::string& v) { out_ << Clean(v) << '\t'; }

  static std::string Number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
  }

  void Actor(const std::string& code, const std::string& name) {
    ActorParts p = SplitActorCode(code);
    Cell(code);
    Cell(name);
    Cell(p.country);
    Cell(p.known_group);
    Cell("");  // EthnicCode
    Cell("");  // Religion1Code
    Cell("");  // Religion2Code
    for (const std::string& t : p.type) Cell(t);
  }

  void Geo(const EventRecord& e) {
    if (e.place_precision == 0 || !e.lat || !e.lon) {
      for (int i = 0; i < 8; ++i) Cell(i == 0 ? "0" : "");
      return;
    }
    // GDELT geo types: 1 country, 4 world city, 5 world state (admin-1).
    const int type = e.place_precision >= 6 ? 1 : e.place_precision == 4 ? 5 : 4;
    Cell(std::to_string(type));
    Cell(e.place_name);
    Cell(e.country);
    Cell(e.admin1.empty() ? e.country : e.country + " " + e.admin1);
    Cell("");  // ADM2Code
    Cell(Number(*e.lat));
    Cell(Number(*e.lon));
    Cell(e.geonameid ? std::to_string(e.geonameid) : "");
  }

  std::ostream& out_;
};

}  // namespace

ActorParts SplitActorCode(const std::string& code) {
  ActorParts p;
  int types = 0;
  for (size_t i = 0; i + 3 <= code.size(); i += 3) {
    const std::string part = code.substr(i, 3);
    if (i == 0 && !TypeCodes().count(part)) {
      p.country = part;
    } else if (TypeCodes().count(part) && types < 3 && (types == 0 || !IsOrgType(part) || i == 0)) {
      p.type[types++] = part;
    } else if (p.known_group.empty()) {
      p.known_group = part;
    } else if (types < 3) {
      p.type[types++] = part;
    }
  }
  return p;
}

std::unique_ptr<EventWriter> MakeGdeltWriter(std::ostream& out) {
  return std::make_unique<GdeltWriter>(out);
}

}  // namespace faultline::analyse
