/* bench/bare-parse: the floor of every tree-sitter tool. It parses the files it is given with the
 * grammars blastradius compiles (the same objects, the same flags) and does nothing else: no
 * inventory, no rules, no report. bench/compare.sh divides every other tool's time by its time.
 *
 * Usage: bare-parse [--list FILE] [PATH...]
 *   Each PATH (or each line of FILE, "-" = standard input) is a regular file. Its grammar comes from
 *   its name (.sh .bash .tf .hcl .yaml .yml .json .py .sql, Dockerfile) or, for a file with no known
 *   extension, from a shell shebang; anything else is counted as skipped.
 * Prints: "parsed N files, B bytes, S skipped, E with syntax errors".
 */
#include <tree_sitter/api.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const TSLanguage *tree_sitter_bash(void);
const TSLanguage *tree_sitter_hcl(void);
const TSLanguage *tree_sitter_yaml(void);
const TSLanguage *tree_sitter_json(void);
const TSLanguage *tree_sitter_python(void);
const TSLanguage *tree_sitter_sql(void);

enum { Bash, Hcl, Yaml, Json, Python, Sql, GrammarCount };

static int endsWith(const char *S, const char *Suffix) {
  size_t N = strlen(S), M = strlen(Suffix);
  return N >= M && strcmp(S + N - M, Suffix) == 0;
}

static int grammarOf(const char *Path, const char *Text, size_t Size) {
  const char *Base = strrchr(Path, '/');
  Base = Base ? Base + 1 : Path;
  if (endsWith(Base, ".sh") || endsWith(Base, ".bash") || strncmp(Base, "Dockerfile", 10) == 0)
    return Bash;
  if (endsWith(Base, ".tf") || endsWith(Base, ".hcl"))
    return Hcl;
  if (endsWith(Base, ".yaml") || endsWith(Base, ".yml"))
    return Yaml;
  if (endsWith(Base, ".json"))
    return Json;
  if (endsWith(Base, ".py"))
    return Python;
  if (endsWith(Base, ".sql"))
    return Sql;
  if (Size > 2 && Text[0] == '#' && Text[1] == '!') {
    const char *End = memchr(Text, '\n', Size);
    size_t Len = End ? (size_t)(End - Text) : Size;
    char Line[256];
    if (Len >= sizeof Line)
      Len = sizeof Line - 1;
    memcpy(Line, Text, Len);
    Line[Len] = 0;
    if (strstr(Line, "sh"))
      return Bash;
    if (strstr(Line, "python"))
      return Python;
  }
  return -1;
}

static char *readFile(const char *Path, size_t *Size) {
  FILE *F = fopen(Path, "rb");
  if (!F)
    return NULL;
  size_t Cap = 1 << 16, Len = 0;
  char *Buf = malloc(Cap);
  size_t Got;
  while (Buf && (Got = fread(Buf + Len, 1, Cap - Len, F)) > 0) {
    Len += Got;
    if (Len == Cap) {
      char *Bigger = realloc(Buf, Cap *= 2);
      if (!Bigger) {
        free(Buf);
        Buf = NULL;
      }
      Buf = Bigger;
    }
  }
  fclose(F);
  *Size = Len;
  return Buf;
}

static TSParser *Parsers[GrammarCount];
static unsigned long long Parsed, Bytes, Skipped, WithErrors;

static void parseOne(const char *Path) {
  size_t Size = 0;
  char *Text = readFile(Path, &Size);
  if (!Text) {
    ++Skipped;
    return;
  }
  int G = grammarOf(Path, Text, Size);
  if (G < 0 || memchr(Text, 0, Size < 8000 ? Size : 8000)) {
    ++Skipped;
    free(Text);
    return;
  }
  TSTree *Tree = ts_parser_parse_string(Parsers[G], NULL, Text, (uint32_t)Size);
  if (Tree) {
    if (ts_node_has_error(ts_tree_root_node(Tree)))
      ++WithErrors;
    ts_tree_delete(Tree);
    ++Parsed;
    Bytes += Size;
  }
  free(Text);
}

int main(int Argc, char **Argv) {
  const TSLanguage *Languages[GrammarCount] = {tree_sitter_bash(), tree_sitter_hcl(),    tree_sitter_yaml(),
                                               tree_sitter_json(), tree_sitter_python(), tree_sitter_sql()};
  for (int G = 0; G < GrammarCount; ++G) {
    Parsers[G] = ts_parser_new();
    ts_parser_set_language(Parsers[G], Languages[G]);
  }
  for (int I = 1; I < Argc; ++I) {
    if (strcmp(Argv[I], "--list") == 0 && I + 1 < Argc) {
      const char *Name = Argv[++I];
      FILE *List = strcmp(Name, "-") == 0 ? stdin : fopen(Name, "r");
      if (!List) {
        fprintf(stderr, "bare-parse: cannot read %s\n", Name);
        return 2;
      }
      char Line[4096];
      while (fgets(Line, sizeof Line, List)) {
        Line[strcspn(Line, "\n")] = 0;
        if (Line[0])
          parseOne(Line);
      }
      if (List != stdin)
        fclose(List);
      continue;
    }
    parseOne(Argv[I]);
  }
  for (int G = 0; G < GrammarCount; ++G)
    ts_parser_delete(Parsers[G]);
  printf("parsed %llu files, %llu bytes, %llu skipped, %llu with syntax errors\n", Parsed, Bytes, Skipped,
         WithErrors);
  return 0;
}
