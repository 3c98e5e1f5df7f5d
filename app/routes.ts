import { index, layout, type RouteConfig, route } from "@react-router/dev/routes";

/**
 * The map of the product (docs/ux.md). URLs are French, file names English.
 */
export default [
  layout("routes/shell.tsx", [
    index("routes/home.tsx"),
    route("f/:slug", "routes/fabrique-public.tsx"),
    route("f/:slug/proposer", "routes/fabrique-propose.tsx"),
    route("f/:slug/proposer/merci", "routes/fabrique-propose-receipt.tsx"),
    route("connexion", "routes/sign-in.tsx"),
    route("deconnexion", "routes/sign-out.tsx"),
    route("mot-de-passe-oublie", "routes/password-forgotten.tsx"),
    route("mot-de-passe/:token", "routes/password-reset.tsx"),
    route("invitation/:token", "routes/invitation-accept.tsx"),
    route("tableau-de-bord", "routes/dashboard.tsx"),
    route("compte", "routes/account.tsx"),
    route("fabriques/:slug", "routes/fabrique.tsx"),
    route("fabriques/:slug/equipe", "routes/fabrique-team.tsx"),
    route("reseau", "routes/network.tsx"),
    route("reseau/fabriques/nouvelle", "routes/network-fabrique-new.tsx"),
    route("reseau/fabriques/:slug", "routes/network-fabrique.tsx"),
    route("reseau/courriels", "routes/outbox.tsx"),
    route("signaux", "routes/signals.tsx"),
    route("signaux/nouveau", "routes/signal-new.tsx"),
    route("signaux/export", "routes/signals-export.tsx"),
    route("signaux/:id", "routes/signal.tsx"),
    route("signaux/:id/modifier", "routes/signal-edit.tsx"),
    route("territoires", "routes/territories.tsx"),
    route("territoires/importer", "routes/territories-import.tsx"),
    route("territoires/:kind/:code", "routes/territory.tsx"),
    route("catalogue", "routes/catalogue.tsx"),
    route("catalogue/proposer", "routes/catalogue-new.tsx"),
    route("catalogue/importer", "routes/catalogue-import.tsx"),
    route("catalogue/thesaurus", "routes/catalogue-thesaurus.tsx"),
    route("catalogue/:id", "routes/catalogue-model.tsx"),
    route("offre", "routes/offer.tsx"),
    route("*", "routes/not-found.tsx"),
  ]),
] satisfies RouteConfig;
