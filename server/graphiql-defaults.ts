/** What GraphiQL shows on first visit: a question the graph answers, ready to run. */
export const GRAPHIQL_OPTIONS = {
  title: 'Peace talks graph',
  defaultQuery: `# Who headed each delegation at the Istanbul talks of 2 June 2025, and whom did each represent?
# More questions, each one request: docs/queries.md in the repository.
{
  meetings(from: "2025-06-02", to: "2025-06-02", kind: TALKS_ROUND) {
    items {
      name
      mediators { role actor { name } }
      delegations {
        represents { name }
        heads {
          person { name }
          capacity
          evidence { quote source { publisher date } }
        }
      }
    }
  }
}
`,
};
