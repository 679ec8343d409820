#include "segment/closed_class.h"

#include <string>
#include <unordered_map>

namespace faultline {
namespace {

struct Entry {
  Pos pos;
  std::string_view lemma;
};

const std::unordered_map<std::string_view, Entry>& Table() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, Entry>();
    auto add = [&](Pos pos, std::initializer_list<std::string_view> words) {
      for (auto w : words) t->emplace(w, Entry{pos, w});
    };
    add(Pos::kDet, {"the", "a", "an", "this", "these", "those", "some", "any", "each", "every",
                    "all", "both", "either", "neither", "another", "such", "several", "many", "much",
                    "few", "more", "most", "other", "my", "your", "his", "her", "its", "our", "their",
                    "whatever", "whichever", "various", "numerous", "fewer", "less", "least", "enough"});
    add(Pos::kPrep, {"of", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "upon",
                     "over", "under", "about", "against", "between", "among", "amongst", "amid",
                     "amidst", "through", "throughout", "during", "without", "within", "across",
                     "along", "alongside", "around", "behind", "beyond", "near", "towards", "toward",
                     "despite", "until", "till", "as", "like", "than", "per", "via", "off", "out",
                     "up", "down", "inside", "outside", "beside", "besides", "beneath", "above",
                     "below", "past", "unlike", "including", "excluding", "regarding", "concerning",
                     "versus", "vs.", "ahead", "aboard", "underneath", "round", "opposite", "minus"});
    add(Pos::kPron, {"i", "me", "you", "he", "him", "she", "it", "we", "us", "they", "them",
                     "myself", "yourself", "himself", "herself", "itself", "ourselves",
                     "themselves", "someone", "anyone", "everyone", "nobody", "everybody",
                     "somebody", "anybody", "something", "nothing", "everything", "anything",
                     "mine", "yours", "hers", "ours", "theirs", "one"});
    add(Pos::kConj, {"and", "or", "but", "nor", "plus", "&"});
    add(Pos::kSubord, {"that", "because", "while", "if", "although", "though", "whether",
                       "unless", "since", "after", "before", "once", "whereas", "so", "whilst"});
    add(Pos::kWh, {"who", "whom", "whose", "which", "what", "where", "when", "why", "how",
                   "wherever", "whenever"});
    add(Pos::kModal, {"will", "would", "can", "could", "may", "might", "must", "shall", "should",
                      "ought", "'ll", "wo", "ca"});
    add(Pos::kTo, {"to"});
    add(Pos::kNeg, {"not", "never", "n't"});
    add(Pos::kPossessive, {"'s", "'"});
    add(Pos::kAdv, {"also", "already", "still", "just", "only", "even", "very", "too", "then",
                    "now", "again", "yet", "ever", "soon", "later", "earlier", "often", "always",
                    "here", "there", "however", "meanwhile", "instead", "almost", "nearly",
                    "reportedly", "allegedly", "recently", "previously", "finally", "currently",
                    "rather", "quite", "perhaps", "maybe", "indeed", "thus", "therefore", "hence",
                    "ago", "away", "back", "together", "else", "further", "furthermore",
                    "moreover", "nevertheless", "nonetheless", "otherwise", "apparently",
                    "hard", "well", "fast", "long"});
    struct Aux {
      std::string_view form, lemma;
    };
    for (Aux a : {Aux{"be", "be"}, {"is", "be"}, {"are", "be"}, {"was", "be"}, {"were", "be"},
                  {"been", "be"}, {"being", "be"}, {"am", "be"}, {"'re", "be"}, {"'m", "be"},
                  {"have", "have"}, {"has", "have"}, {"had", "have"}, {"having", "have"},
                  {"'ve", "have"}, {"'d", "would"}, {"do", "do"}, {"does", "do"}, {"did", "do"},
                  {"doing", "do"}, {"done", "do"}}) {
      (*t)[a.form] = Entry{Pos::kAux, a.lemma};
    }
    (*t)["n't"] = Entry{Pos::kNeg, "not"};
    (*t)["wo"] = Entry{Pos::kModal, "will"};
    (*t)["ca"] = Entry{Pos::kModal, "can"};
    (*t)["'ll"] = Entry{Pos::kModal, "will"};
    (*t)["'d"] = Entry{Pos::kModal, "would"};
    for (std::string_view p : {".", ",", ";", ":", "!", "?", "\"", "(", ")", "[", "]", "-", "--",
                               "...", "/", "{", "}", "*", "|"}) {
      t->emplace(p, Entry{Pos::kPunct, p});
    }
    return t;
  }();
  return *table;
}

}  // namespace

Pos ClosedClass(std::string_view norm) {
  auto it = Table().find(norm);
  return it == Table().end() ? Pos::kUnknown : it->second.pos;
}

std::string_view ClosedLemma(std::string_view norm) {
  auto it = Table().find(norm);
  return it == Table().end() ? norm : it->second.lemma;
}

bool IsNumberWord(std::string_view w) {
  static const std::unordered_map<std::string_view, int> words = {
      {"zero", 0}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
      {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
      {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
      {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
      {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90}, {"hundred", 100},
      {"hundreds", 100}, {"thousand", 1000}, {"thousands", 1000}, {"million", 1},
      {"millions", 1}, {"billion", 1}, {"billions", 1}, {"dozen", 12}, {"dozens", 12}};
  return words.count(w) > 0;
}

}  // namespace faultline
