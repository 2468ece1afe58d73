// Signs the two widgets in as two different customers, with tokens from the API's demo endpoint.
const api = "{{API}}";
const customers = { first: "cust-fr-camille", second: "cust-jo-lina" };
for (const [id, customer] of Object.entries(customers)) {
  const widget = document.getElementById(id);
  widget.getToken = async () => {
    const answer = await fetch(`${api}/demo/token?customer=${customer}`);
    return (await answer.json()).token;
  };
}
