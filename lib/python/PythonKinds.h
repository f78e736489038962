// The python grammar's node kinds that the analysers test, resolved once to symbol ids
// (model/GrammarSymbols.h): generated from the names the python code compares.
#ifndef BLASTRADIUS_PYTHON_PYTHONKINDS_H
#define BLASTRADIUS_PYTHON_PYTHONKINDS_H

#include "model/GrammarSymbols.h"

namespace blastradius::python::kind {

extern const model::SyntaxKind AliasedImport;
extern const model::SyntaxKind ArgumentList;
extern const model::SyntaxKind AsPattern;
extern const model::SyntaxKind AssertStatement;
extern const model::SyntaxKind Assignment;
extern const model::SyntaxKind Attribute;
extern const model::SyntaxKind AugmentedAssignment;
extern const model::SyntaxKind BinaryOperator;
extern const model::SyntaxKind Block;
extern const model::SyntaxKind BooleanOperator;
extern const model::SyntaxKind BreakStatement;
extern const model::SyntaxKind Call;
extern const model::SyntaxKind CaseClause;
extern const model::SyntaxKind CasePattern;
extern const model::SyntaxKind ClassDefinition;
extern const model::SyntaxKind Comment;
extern const model::SyntaxKind ComparisonOperator;
extern const model::SyntaxKind ConcatenatedString;
extern const model::SyntaxKind ConditionalExpression;
extern const model::SyntaxKind ContinueStatement;
extern const model::SyntaxKind DictionarySplat;
extern const model::SyntaxKind DottedName;
extern const model::SyntaxKind ElifClause;
extern const model::SyntaxKind Ellipsis;
extern const model::SyntaxKind ElseClause;
extern const model::SyntaxKind ExceptClause;
extern const model::SyntaxKind ExceptGroupClause;
extern const model::SyntaxKind ExpressionStatement;
extern const model::SyntaxKind False;
extern const model::SyntaxKind ForInClause;
extern const model::SyntaxKind ForStatement;
extern const model::SyntaxKind FunctionDefinition;
extern const model::SyntaxKind Identifier;
extern const model::SyntaxKind IfStatement;
extern const model::SyntaxKind ImportFromStatement;
extern const model::SyntaxKind ImportStatement;
extern const model::SyntaxKind Interpolation;
extern const model::SyntaxKind KeywordArgument;
extern const model::SyntaxKind Lambda;
extern const model::SyntaxKind List;
extern const model::SyntaxKind ListSplat;
extern const model::SyntaxKind Module;
extern const model::SyntaxKind NamedExpression;
extern const model::SyntaxKind NotOperator;
extern const model::SyntaxKind ParenthesizedExpression;
extern const model::SyntaxKind PassStatement;
extern const model::SyntaxKind PatternList;
extern const model::SyntaxKind RaiseStatement;
extern const model::SyntaxKind ReturnStatement;
extern const model::SyntaxKind String;
extern const model::SyntaxKind StringContent;
extern const model::SyntaxKind StringEnd;
extern const model::SyntaxKind StringStart;
extern const model::SyntaxKind True;
extern const model::SyntaxKind TryStatement;
extern const model::SyntaxKind Tuple;
extern const model::SyntaxKind TuplePattern;
extern const model::SyntaxKind WhileStatement;
extern const model::SyntaxKind WithClause;
extern const model::SyntaxKind WithStatement;

} // namespace blastradius::python::kind

#endif
