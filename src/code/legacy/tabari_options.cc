#include "code/legacy/tabari_options.h"

#include <cctype>
#include <cstdlib>

#include "code/legacy/tabari_line.h"

namespace faultline::tabari {

namespace {

std::string Upper(std::string_view s) {
  std::string u(s);
  for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return u;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

bool Has(const std::string& s, const char* what) { return s.find(what) != std::string::npos; }

// The first number after `key` (TABARI's getInteger); `keep` leaves *out alone when the
// key or a number is missing (resetInteger), otherwise *out becomes 0.
void Integer(const std::string& s, const char* key, int* out, bool keep) {
  size_t p = s.find(key);
  if (p == std::string::npos) {
    if (!keep) *out = 0;
    return;
  }
  p += std::char_traits<char>::length(key);
  while (p < s.size() && !std::isdigit(static_cast<unsigned char>(s[p]))) ++p;
  if (p >= s.size()) {
    if (!keep) *out = 0;
    return;
  }
  *out = std::atoi(s.c_str() + p);
}

// T/F after '=', defaulting to true (getBoolean).
bool Boolean(const std::string& s) {
  size_t eq = s.find('=');
  if (eq == std::string::npos) return true;
  for (size_t i = eq; i < s.size(); ++i) {
    if (s[i] == 'T') return true;
    if (s[i] == 'F') return false;
  }
  return true;
}

Status DefaultCode(const std::string& s, const char* key, int* code, CodeTable* codes,
                   bool* found) {
  *found = false;
  size_t k = s.find(key);
  if (k == std::string::npos) return Status::Ok();
  size_t open = s.find('[', k);
  if (open == std::string::npos || open - k > 15) return Status::InvalidInput("missing '['");
  size_t close = s.find(']', open);
  if (close == std::string::npos || close - open > 16) return Status::InvalidInput("missing ']'");
  std::string c = Trim(s.substr(open + 1, close - open - 1));
  if (c.empty()) return Status::InvalidInput("empty default code");
  *code = codes->Intern(c);
  *found = true;
  return Status::Ok();
}

Status Complex(const std::string& arg, TabariOptions* o) {
  std::string s = arg;
  if (!s.empty() && s[0] == 'V') s[0] = 'X';  // so " VERBS" does not need a blank
  Integer(s, s[0] == 'X' ? "XERBS" : " VERBS", &o->cplx_verbs, false);
  Integer(s, "ACTORS", &o->cplx_actors, false);
  Integer(s, "PRONOUNS", &o->cplx_pronouns, false);
  Integer(s, "CONJ", &o->cplx_conj, false);
  Integer(s, "COMMA", &o->cplx_nonres, false);
  Integer(s, "LATEVERB", &o->cplx_late_verb, false);
  o->cplx_no_actor_prior = Has(s, "ACTPRIOR");  // also matches NOACTPRIOR, as in TABARI
  o->cplx_no_actor_after = Has(s, "ACTAFTER");
  o->cplx_no_source = Has(s, "NOSOURCE");
  o->cplx_no_verb = Has(s, "NOVERB");
  o->cplx_no_target = Has(s, "NOTARGET");
  o->cplx_no_event = Has(s, "NOEVENT");
  o->cplx_explain = Has(s, "EXPLAIN");
  return Status::Ok();
}

Status Default(const std::string& s, TabariOptions* o, CodeTable* codes) {
  if (Has(s, "OFF")) {
    o->has_default_source = o->has_default_target = false;
    o->default_prior = o->default_after = false;
    o->default_source = o->default_target = 0;
  }
  bool found = false;
  FL_RETURN_IF_ERROR(DefaultCode(s, "SOURCE", &o->default_source, codes, &found));
  if (found) {
    o->has_default_source = true;
    if (Has(s, "PRIOR")) o->default_prior = true;
  }
  FL_RETURN_IF_ERROR(DefaultCode(s, "TARGET", &o->default_target, codes, &found));
  if (found) {
    o->has_default_target = true;
    if (Has(s, "AFTER")) o->default_after = true;
  }
  return Status::Ok();
}

Status Forward(const std::string& s, TabariOptions* o) {
  if (s.empty()) return Status::Ok();
  o->has_doc = Has(s, " DOC");
  o->use_forward = Has(s, "S") && !Has(s, "OFF");
  size_t p = 0;
  while (p < s.size() && s[p] == '^') ++p;
  if (p >= s.size()) return Status::InvalidInput("FORWARD string has no record-id layout");
  o->id_loc = static_cast<int>(p);
  size_t e = s.find(' ', p);
  o->id_len = static_cast<int>((e == std::string::npos ? s.size() : e) - p);
  if (o->id_len > 63) o->id_len = 63;
  size_t n = s.find('N');
  if (n != std::string::npos) {
    o->story_loc = static_cast<int>(n);
    size_t q = n + 1;
    while (q < s.size() && s[q] == 'N') ++q;
    o->story_len = static_cast<int>(q - n);
  }
  size_t sn = s.find('S');
  if (sn != std::string::npos) {
    o->sent_loc = static_cast<int>(sn);
    size_t q = sn + 1;
    while (q < s.size() && s[q] == 'S') ++q;
    o->sent_len = static_cast<int>(q - sn);
  }
  return Status::Ok();
}

Status Set(const std::string& s, TabariOptions* o) {
  if (Has(s, "CODE")) {
    o->code_mode = Has(s, "SEN") ? 1 : Has(s, "ALL") ? 2 : 0;
  } else if (Has(s, "HAIKU") || Has(s, "LABEL") || Has(s, "DUP ") || Has(s, "SKIP ") ||
             Has(s, "USAGE")) {
    // interactive and output settings: no effect on coding
  } else if (Has(s, "YYYY")) {
    o->four_digit_year = Boolean(s);
  } else if (Has(s, "TIME")) {
    o->time_shift = Boolean(s);
  } else if (Has(s, "FBIS")) {
    o->fbis = Boolean(s);
  } else if (Has(s, "CONV")) {
    o->convert_agents = Boolean(s);
  } else if (Has(s, "MINIM")) {
    int n = 0;
    Integer(s, "MINIM", &n, false);
    o->min_lex = n - 1;
  } else {
    return Status::InvalidInput("unrecognised SET: command");
  }
  return Status::Ok();
}

}  // namespace

Status ApplyTabariOption(std::string_view command, TabariOptions* o, CodeTable* codes) {
  std::string line = Trim(command);
  size_t colon = line.find(':');
  if (colon == std::string::npos) return Status::InvalidInput("option without ':'");
  const std::string name = Upper(line.substr(0, colon));
  const std::string arg = Upper(Trim(line.substr(colon + 1)));
  if (name.rfind("COMP", 0) == 0) return Complex(arg, o);
  if (name.rfind("COMM", 0) == 0) {
    if (Has(arg, "OFF")) {
      o->min_subord = o->min_beg_subord = o->min_end_subord = 128;
      o->max_subord = o->max_beg_subord = o->max_end_subord = 0;
    } else {
      const std::string s = " " + arg;
      Integer(s, " MIN", &o->min_subord, true);
      Integer(s, " MAX", &o->max_subord, true);
      Integer(s, "BMIN", &o->min_beg_subord, true);
      Integer(s, "BMAX", &o->max_beg_subord, true);
      Integer(s, "EMIN", &o->min_end_subord, true);
      Integer(s, "EMAX", &o->max_end_subord, true);
    }
    return Status::Ok();
  }
  switch (name.empty() ? ' ' : name[0]) {
    case 'D':
      return Default(arg, o, codes);
    case 'F':
      return Forward(arg, o);
    case 'L':  // LABEL: code labels are for output only
    case 'O':  // OUTPUT: output fields only
      return Status::Ok();
    case 'N':
      o->nonevents = Has(arg, "TRUE") ? 1 : Has(arg, "ONLY") ? 2 : 0;
      return Status::Ok();
    case 'S':
      return Set(arg, o);
    default:
      return Status::InvalidInput("unrecognised option command");
  }
}

Status ReadTabariOptions(const std::string& path, TabariOptions* options, CodeTable* codes) {
  std::string text;
  FL_RETURN_IF_ERROR(ReadTabariFile(path, &text));
  return ReadTabariOptionsText(path, text, options, codes);
}

Status ReadTabariOptionsText(const std::string& name, std::string_view text, TabariOptions* options,
                             CodeTable* codes) {
  return ForEachTabariLineIn(name, text, [&](int, const std::string& line) {
    return ApplyTabariOption(line, options, codes);
  });
}

Status ReadTabariProject(const std::string& path, TabariProject* project) {
  std::string text;
  FL_RETURN_IF_ERROR(ReadTabariFile(path, &text));
  return ParseTabariProject(path, text, project);
}

Status ParseTabariProject(const std::string& path, std::string_view text, TabariProject* project) {
  *project = TabariProject();
  size_t slash = path.find_last_of('/');
  project->dir = slash == std::string::npos ? "." : path.substr(0, slash);
  auto resolve = [&](const std::string& name) {
    return !name.empty() && name[0] == '/' ? name : project->dir + "/" + name;
  };
  int number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string line =
        Trim(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++number;
    if (line.empty() || line[0] != '<') continue;  // free text (a title line)
    size_t close = line.find('>');
    if (close == std::string::npos) return LineError(path, number, "tag without '>'", line);
    const std::string tag = Upper(line.substr(1, close - 1));
    std::string value = line.substr(close + 1);
    size_t next = value.find('<');
    if (next != std::string::npos) value = value.substr(0, next);
    value = Trim(value);
    auto need = [&]() -> Status {
      if (value.empty()) return LineError(path, number, "tag without a file name", line);
      return Status::Ok();
    };
    if (tag.rfind("AC", 0) == 0) {
      FL_RETURN_IF_ERROR(need());
      project->dictionaries.push_back({TabariProject::Dict::Kind::kActors, resolve(value)});
    } else if (tag.rfind("AG", 0) == 0) {
      FL_RETURN_IF_ERROR(need());
      project->dictionaries.push_back({TabariProject::Dict::Kind::kAgents, resolve(value)});
    } else if (tag.rfind('V', 0) == 0) {
      FL_RETURN_IF_ERROR(need());
      project->dictionaries.push_back({TabariProject::Dict::Kind::kVerbs, resolve(value)});
    } else if (tag.rfind('O', 0) == 0) {
      FL_RETURN_IF_ERROR(need());
      project->options = resolve(value);
    } else if (tag.rfind('T', 0) == 0) {
      FL_RETURN_IF_ERROR(need());
      project->texts.push_back(resolve(value));
    } else if (tag.empty()) {
      return LineError(path, number, "empty tag", line);
    }
    // <coder>, <session ...>, <eventfile>, <errorfile>, <problemfile>, <issuesfile>,
    // <freqfile>, <dochead>, <doctail>, <system>, <run>: bookkeeping, not coding.
  }
  bool actors = false, verbs = false;
  for (const auto& d : project->dictionaries) {
    actors |= d.kind == TabariProject::Dict::Kind::kActors;
    verbs |= d.kind == TabariProject::Dict::Kind::kVerbs;
  }
  if (!actors || !verbs) {
    return Status::InvalidInput(path + ": a project needs an <actorsfile> and a <verbsfile>");
  }
  return Status::Ok();
}

}  // namespace faultline::tabari
