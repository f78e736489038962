// The bash grammar's node kinds that the analysers test, resolved once to symbol ids
// (model/GrammarSymbols.h): generated from the names the shell code compares.
#ifndef BLASTRADIUS_SHELL_BASHKINDS_H
#define BLASTRADIUS_SHELL_BASHKINDS_H

#include "model/GrammarSymbols.h"

namespace blastradius::shell::kind {

extern const model::SyntaxKind ArithmeticExpansion;
extern const model::SyntaxKind BinaryExpression;
extern const model::SyntaxKind CStyleForStatement;
extern const model::SyntaxKind CaseItem;
extern const model::SyntaxKind Command;
extern const model::SyntaxKind CommandSubstitution;
extern const model::SyntaxKind Comment;
extern const model::SyntaxKind CompoundStatement;
extern const model::SyntaxKind Concatenation;
extern const model::SyntaxKind DeclarationCommand;
extern const model::SyntaxKind ElifClause;
extern const model::SyntaxKind ElseClause;
extern const model::SyntaxKind Expansion;
extern const model::SyntaxKind ForStatement;
extern const model::SyntaxKind FunctionDefinition;
extern const model::SyntaxKind HeredocBody;
extern const model::SyntaxKind HeredocRedirect;
extern const model::SyntaxKind HerestringRedirect;
extern const model::SyntaxKind IfStatement;
extern const model::SyntaxKind List;
extern const model::SyntaxKind NegatedCommand;
extern const model::SyntaxKind ParenthesizedExpression;
extern const model::SyntaxKind Pipeline;
extern const model::SyntaxKind ProcessSubstitution;
extern const model::SyntaxKind RawString;
extern const model::SyntaxKind RedirectedStatement;
extern const model::SyntaxKind SelectStatement;
extern const model::SyntaxKind SimpleExpansion;
extern const model::SyntaxKind SpecialVariableName;
extern const model::SyntaxKind String;
extern const model::SyntaxKind Subshell;
extern const model::SyntaxKind TestCommand;
/// The anonymous `then` keyword of if/elif.
extern const model::SyntaxKind Then;
extern const model::SyntaxKind TranslatedString;
extern const model::SyntaxKind UnaryExpression;
extern const model::SyntaxKind UntilStatement;
extern const model::SyntaxKind VariableAssignment;
extern const model::SyntaxKind VariableAssignments;
extern const model::SyntaxKind VariableName;
extern const model::SyntaxKind WhileStatement;
extern const model::SyntaxKind Word;

} // namespace blastradius::shell::kind

#endif
