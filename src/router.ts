/**
 * One page; the router exists for its query string, which holds every filter and view choice
 * (stores/filters.ts). Any path shows the dashboard so a shared link never 404s in the app.
 */
import { createRouter, createWebHistory, type RouterHistory } from 'vue-router'
import TheDashboard from './components/TheDashboard.vue'

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  return createRouter({
    history,
    routes: [{ path: '/:pathMatch(.*)*', name: 'dashboard', component: TheDashboard }],
  })
}
