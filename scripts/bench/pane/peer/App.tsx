// The template's App: a FluentProvider around a header (logo title and welcome line, styled with
// makeStyles as the template does) and a button that inserts text.
import { Button, FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { minHeight: '100vh' },
  header: { display: 'flex', flexDirection: 'column', alignItems: 'center', paddingBottom: '30px', paddingTop: '100px', backgroundColor: tokens.colorNeutralBackground3 },
  message: { fontSize: tokens.fontSizeHero900, fontWeight: tokens.fontWeightRegular, fontColor: tokens.colorNeutralBackgroundStatic },
  body: { display: 'flex', flexDirection: 'column', alignItems: 'center', marginTop: '20px' },
});

export function App(props: { title: string }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.root}>
        <section className={styles.header}>
          <h1 className={styles.message}>{props.title}</h1>
        </section>
        <div className={styles.body}>
          <Button appearance="primary" size="large" onClick={() => undefined} data-testid="peer-button">
            Insert text
          </Button>
        </div>
      </div>
    </FluentProvider>
  );
}
