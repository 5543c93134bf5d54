/**
 * GOV.UK Frontend's JavaScript for the components the site renders with data-module, imported one by
 * one so that the bundle holds only those (the package is free of side effects, so the rest is left
 * out). Astro bundles this into an external module script on every page: the CSP allows no inline
 * script. Each component starts only where the body has govuk-frontend-supported, which the
 * template's snippet sets (Base.astro). The search page's checkboxes start in its own script.
 */
import { Button, NotificationBanner, ServiceNavigation, SkipLink, createAll } from 'govuk-frontend';

createAll(SkipLink);
createAll(ServiceNavigation);
createAll(Button);
createAll(NotificationBanner);
