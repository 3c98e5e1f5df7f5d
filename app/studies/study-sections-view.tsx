import { studySectionCodes } from "../../shared/codes/studies";
import { fr } from "../../shared/i18n/fr";

const text = fr.studies;

/** Pieces of a text split on `separator`, each keyed by where it starts (stable React keys). */
function withOffsets(value: string, separator: RegExp): { offset: number; text: string }[] {
  const pieces: { offset: number; text: string }[] = [];
  let offset = 0;
  for (const piece of value.split(separator)) {
    pieces.push({ offset, text: piece });
    offset += piece.length + 1;
  }
  return pieces;
}

/** A version of the study read as a document: each section under its title, paragraphs kept. */
export function StudySectionsView({
  sections,
  headingLevel = 2,
}: {
  sections: Record<string, string>;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="stack study-document">
      {studySectionCodes.map((code, index) => (
        <section key={code} aria-labelledby={`section-lue-${code}`}>
          <Heading id={`section-lue-${code}`}>
            {index + 1}. {text.sections[code].title}
          </Heading>
          {sections[code] ? (
            withOffsets(sections[code], /\n{2,}/).map((paragraph) => (
              <p key={paragraph.offset}>
                {withOffsets(paragraph.text, /\n/).map((line, j) => (
                  <span key={line.offset}>
                    {j > 0 ? <br /> : null}
                    {line.text}
                  </span>
                ))}
              </p>
            ))
          ) : (
            <p>
              <em>{text.study.emptySection}</em>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
