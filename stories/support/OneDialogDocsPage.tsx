import { useContext } from 'react';
import {
  AnchorMdx,
  Controls,
  Description,
  DocsContext,
  Heading,
  Primary,
  Subtitle,
  Title,
} from '@storybook/addon-docs/blocks';

/**
 * The docs page of a component whose stories open a modal dialog.
 *
 * Storybook's default page renders every story (and the first one twice), each in its own iframe:
 * a dozen blocking dialogs on one page, each taking focus as its iframe loads, so each play
 * function's "Go home has focus" check fails whenever another dialog has just taken it. Here only
 * the first story runs live; every other scenario is a link to its own canvas, where it is alone
 * and its play function runs as in the tests.
 */
export function OneDialogDocsPage() {
  const { componentStories } = useContext(DocsContext);
  const [, ...others] = componentStories();
  return (
    <>
      <Title />
      <Subtitle />
      <Description of="meta" />
      <Primary />
      <Controls />
      {others.length > 0 ? (
        <>
          <Heading>Every scenario</Heading>
          <p>Each one opens the dialog in its own canvas (one dialog at a time, as in an app).</p>
          <ul>
            {others.map((story) => (
              <li key={story.id}>
                <AnchorMdx href={`?path=/story/${story.id}`} target="_top">{story.name}</AnchorMdx>
                <Description of={story.moduleExport} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
