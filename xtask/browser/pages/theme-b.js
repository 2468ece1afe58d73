// Signs the themed widget in as Lina (Jordan) with a token from the API's demo endpoint.
const api = "{{API}}";
document.getElementById("themed").getToken = async () => (await (await fetch(`${api}/demo/token?customer=cust-jo-lina`)).json()).token;
