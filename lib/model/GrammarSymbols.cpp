// Resolution of model::SyntaxKind names to symbol ids (see GrammarSymbols.h for why).
#include "model/GrammarSymbols.h"

namespace blastradius::model {

SyntaxKind::SyntaxKind(const TSLanguage *TheLanguage, const char *TheName) : Language(TheLanguage), Name(TheName) {
  if (!Language)
    return;
  uint32_t SymbolCount = ts_language_symbol_count(Language);
  for (uint32_t S = 0; S < SymbolCount; ++S) {
    const char *SymbolName = ts_language_symbol_name(Language, static_cast<TSSymbol>(S));
    if (!SymbolName || std::strcmp(SymbolName, Name) != 0)
      continue;
    if (Count == MaxSymbols) {
      Overflow = true;
      return;
    }
    Symbols[Count++] = static_cast<TSSymbol>(S);
  }
  // The error node is not among the numbered symbols.
  if (std::strcmp(Name, "ERROR") == 0 && Count < MaxSymbols)
    Symbols[Count++] = static_cast<TSSymbol>(-1);
}

} // namespace blastradius::model
